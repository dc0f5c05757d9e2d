import { useTranslation } from 'react-i18next';

/** Keys the importer writes into event details, with their labels; other keys are shown as they are. */
const KNOWN = ['amount', 'pledgee', 'pledgor', 'licensee', 'licensor', 'assignor', 'assignee', 'contractNo', 'term'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (k: string): k is Known => (KNOWN as readonly string[]).includes(k);

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return value.toLocaleString();
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** An event's details (质押金额、质权人…): a sentence for text, a small list for an object. */
export function EventDetails({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (details === null || details === undefined || details === '') return null;
  if (typeof details !== 'object' || Array.isArray(details)) return <p className="event-details">{show(details)}</p>;
  const entries = Object.entries(details as Record<string, unknown>);
  if (entries.length === 0) return null;
  return (
    <dl className="event-details">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{isKnown(k) ? t(`patent.eventDetail.${k}`) : k}</dt>
          <dd>{k === 'amount' && typeof v === 'number' ? t('patent.yuan', { amount: v.toLocaleString() }) : show(v)}</dd>
        </div>
      ))}
    </dl>
  );
}
