import { Alert, Card, Table, Tag } from 'antd';
import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { highValueCriterionLabels, type HighValueAssessment } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../prefs/label';

type Row = HighValueAssessment['criteria'][number];

/** 高价值发明专利: the five CNIPA criteria, met or not, with the evidence for each. */
export function HighValueCard({ assessment: a }: { assessment: HighValueAssessment }) {
  const { t } = useTranslation();
  const label = useLabel();
  const verdict = !a.eligible ? (
    <Alert type="info" showIcon title={t('highValue.notEligible', { date: a.asOf })} />
  ) : a.highValue ? (
    <Alert type="success" showIcon title={t('highValue.isHighValue', { date: a.asOf })} />
  ) : (
    <Alert type="warning" showIcon title={t('highValue.notHighValue', { date: a.asOf })} />
  );
  return (
    <Card title={<h2 className="card-title">{t('highValue.cardTitle')}</h2>}>
      {verdict}
      <Table<Row>
        className="criteria-table"
        size="small"
        rowKey="criterion"
        pagination={false}
        dataSource={a.criteria}
        columns={[
          { title: t('highValue.criterion'), dataIndex: 'criterion', render: (c: Row['criterion']) => label(highValueCriterionLabels[c]) },
          {
            title: t('highValue.met'),
            dataIndex: 'met',
            width: 110,
            render: (met: boolean) =>
              met ? (
                <Tag color="green" icon={<CheckCircleFilled aria-hidden="true" />}>
                  {t('highValue.yes')}
                </Tag>
              ) : (
                <Tag icon={<MinusCircleOutlined aria-hidden="true" />}>{t('highValue.no')}</Tag>
              ),
          },
          { title: t('highValue.evidence'), dataIndex: 'evidence' },
        ]}
      />
    </Card>
  );
}
