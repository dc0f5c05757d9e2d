import { Button, Card, List, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { AnnualFeeReminder, FeeStage } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyReminders } from '../api/reminders';
import { formatTime } from '../components/format';
import { useMessageText } from '../components/message-text';
import { QueryState } from '../components/query-state';
import { usePreferences } from '../prefs/preferences';

const stageColours: Record<FeeStage, string> = { d90: 'blue', d30: 'gold', d7: 'orange', grace: 'red' };
const yuan = (x: number) => x.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 我的提醒 (enterprise): annual fees, pledges and licences ending, the policies it can claim with the reason, the digest. */
export function MyRemindersPage() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = usePreferences();
  const en = language === 'en';
  const query = useQuery({ queryKey: ['reminders', 'mine'], queryFn: fetchMyReminders });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('nav.myReminders')}</Typography.Title>
      <Typography.Paragraph>{t('reminders.intro')}</Typography.Paragraph>
      <QueryState query={query}>
        {(d) => (
          <>
            <Card title={<h2 className="card-title">{t('reminders.fees')}</h2>}>
              <Table<AnnualFeeReminder>
                rowKey={(f) => `${f.patentId}-${f.feeYear}`}
                dataSource={d.fees}
                pagination={false}
                locale={{ emptyText: <Typography.Text>{t('reminders.noFees')}</Typography.Text> }}
                expandable={{
                  expandedRowRender: (f) => (
                    <ol className="computation-lines" aria-label={t('reminders.computation')}>
                      {f.lines.map((l, i) => (
                        <li key={i}>{text(l)}</li>
                      ))}
                    </ol>
                  ),
                  defaultExpandAllRows: true,
                }}
                columns={[
                  {
                    title: t('reminders.patent'),
                    key: 'patent',
                    render: (_, f) => (
                      <Link to={`/patents/${f.patentId}`}>
                        {f.appNo} {f.title}
                      </Link>
                    ),
                  },
                  { title: t('reminders.feeYear'), key: 'year', render: (_, f) => t('reminders.feeYearValue', { year: f.feeYear }) },
                  { title: t('reminders.dueOn'), key: 'due', dataIndex: 'dueOn' },
                  {
                    title: t('reminders.daysLeft'),
                    key: 'left',
                    render: (_, f) => (
                      <Space size="small" wrap>
                        <Tag color={stageColours[f.stage]}>{t(`reminders.stage.${f.stage}`)}</Tag>
                        {f.monthsLate > 0 ? t('reminders.lateValue', { months: f.monthsLate }) : t('reminders.daysLeftValue', { days: f.daysLeft })}
                      </Space>
                    ),
                  },
                  { title: t('reminders.amount'), key: 'amount', align: 'right', render: (_, f) => yuan(f.total) },
                ]}
              />
            </Card>
            <Card title={<h2 className="card-title">{t('reminders.policies')}</h2>}>
              {d.policies.length === 0 ? (
                <Typography.Paragraph>{t('reminders.noPolicies')}</Typography.Paragraph>
              ) : (
                <List
                  dataSource={d.policies}
                  renderItem={(p) => (
                    <List.Item
                      actions={[
                        <Link key="apply" to={p.link}>
                          <Button type="primary" tabIndex={-1}>
                            {t('reminders.apply')}
                          </Button>
                        </Link>,
                      ]}
                    >
                      <List.Item.Meta
                        title={
                          <Space size="small" wrap>
                            <span>{en ? p.nameEn : p.name}</span>
                            <Tag color={p.outcome === 'qualifies' ? 'green' : 'gold'}>{t(`reminders.${p.outcome}`)}</Tag>
                          </Space>
                        }
                        description={
                          <>
                            <Typography.Paragraph>{text(p.reason)}</Typography.Paragraph>
                            {p.lines.length > 0 && (
                              <ul className="computation-lines">
                                {p.lines.map((l, i) => (
                                  <li key={i}>{text({ ...l, text: '' })}</li>
                                ))}
                              </ul>
                            )}
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={<h2 className="card-title">{t('reminders.expiries')}</h2>}>
              {d.expiries.length === 0 ? (
                <Typography.Paragraph>{t('reminders.noExpiries')}</Typography.Paragraph>
              ) : (
                <List
                  dataSource={d.expiries}
                  renderItem={(e) => (
                    <List.Item>
                      <List.Item.Meta title={`${e.title}（${t('reminders.endsOn')} ${e.endsOn}）`} description={text(e.note)} />
                    </List.Item>
                  )}
                />
              )}
            </Card>
            <Card title={<h2 className="card-title">{t('reminders.digest')}</h2>}>
              <Typography.Paragraph>
                {d.digest
                  ? `${t('reminders.digestValue', { week: d.digest.week, items: d.digest.items })}${d.digest.emailedTo ? t('reminders.digestEmailed', { to: d.digest.emailedTo }) : ''}（${formatTime(d.digest.createdAt)}）`
                  : t('reminders.noDigest')}
              </Typography.Paragraph>
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
