import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { chainLinkLabels, type EnterpriseProfile } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePreferences } from '../prefs/preferences';

/**
 * 全链条档案: one card per chain link (创造、运用、保护、管理、服务) exactly as the server sends it —
 * its items, or its empty text. The page never fills in numbers of its own.
 */
export function ChainSections({ profile }: { profile: EnterpriseProfile }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  return (
    <section aria-labelledby="chain-title">
      <h2 id="chain-title" className="section-title">
        {t('profile.chain')}
      </h2>
      {profile.sections.length === 0 ? (
        <Typography.Paragraph>{t('profile.chainAfterApproval')}</Typography.Paragraph>
      ) : (
        <Row gutter={[16, 16]}>
          {profile.sections.map((s) => (
            <Col key={s.link} xs={24} md={12} xl={8}>
              <Card title={<h3 className="card-title">{language === 'en' ? chainLinkLabels[s.link].en : s.title}</h3>} className="chain-card">
                {s.items.length === 0 ? (
                  <Typography.Paragraph className="chain-empty">{s.emptyText}</Typography.Paragraph>
                ) : (
                  <Descriptions
                    column={1}
                    size="small"
                    items={s.items.map((item, i) => ({
                      key: i,
                      label: item.label,
                      children: item.href ? <Link to={item.href}>{item.value}</Link> : item.value,
                    }))}
                  />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </section>
  );
}
