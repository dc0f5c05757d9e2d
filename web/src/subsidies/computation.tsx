import { Card } from 'antd';
import type { PolicyEvaluation } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { useMessageText } from '../components/message-text';

/** The computation line by line (conditions, rate, formula, each cap, result), in the interface language. */
export function Computation({ evaluation }: { evaluation: PolicyEvaluation }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <Card title={<h2 className="card-title">{t('subsidy.computation')}</h2>}>
      <ol className="computation-lines" aria-label={t('subsidy.computation')}>
        {evaluation.lines.map((l, i) => (
          <li key={i}>{text({ ...l, text: '' })}</li>
        ))}
      </ol>
    </Card>
  );
}

/** An amount in yuan, or the dash with its reason when the computation could not give one. */
export function amountText(amount: number | null, missing: string): string {
  return amount === null ? missing : amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
