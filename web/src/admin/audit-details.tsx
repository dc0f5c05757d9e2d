import { Col, Row, Typography } from 'antd';
import type { AuditEntry } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

/** The before/after snapshots of one audit row, as formatted JSON. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const show = (v: unknown) => (v === null || v === undefined ? t('audit.noData') : JSON.stringify(v, null, 2));
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Typography.Title level={3} className="json-title">
          {t('audit.before')}
        </Typography.Title>
        <pre className="json-block" tabIndex={0}>
          {show(entry.before)}
        </pre>
      </Col>
      <Col xs={24} lg={12}>
        <Typography.Title level={3} className="json-title">
          {t('audit.after')}
        </Typography.Title>
        <pre className="json-block" tabIndex={0}>
          {show(entry.after)}
        </pre>
      </Col>
    </Row>
  );
}
