import { useTranslation } from 'react-i18next';
import type { ChartDatum } from './chart-options';

/** A chart's numbers as a plain table (for screen readers and for reading exact values), with each row's share of `total`. */
export function DataTable({ caption, data, total }: { caption: string; data: ChartDatum[]; total: number }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <caption>{t('analysis.tableCaption', { title: caption })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('analysis.item')}</th>
          <th scope="col">{t('analysis.count')}</th>
          <th scope="col">{t('analysis.share')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td>{d.value.toLocaleString()}</td>
            <td>{total > 0 ? `${((d.value / total) * 100).toFixed(1)}%` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
