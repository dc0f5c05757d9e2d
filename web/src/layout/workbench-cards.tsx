import { Alert, Card } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { workbenchCardCatalogue, type WorkbenchCard } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchWorkbench } from '../api/workbench';
import { useMessageText } from '../components/message-text';
import { useLabel } from '../prefs/label';

/** The caller's workbench cards: queues with their counts (each opens its list), then services, then notes. */
export function WorkbenchCards() {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const { data, isError, isPending } = useQuery({ queryKey: ['workbench'], queryFn: fetchWorkbench });
  if (isError) return <Alert type="error" showIcon title={t('workbench.loadFailed')} />;
  if (isPending) return <Card loading />;
  const queues = data.cards.filter((c) => c.kind === 'queue');
  const shortcuts = data.cards.filter((c) => c.kind === 'shortcut');
  return (
    <>
      {data.notes.map((n) => (
        <Alert key={n.code} type="info" showIcon title={messageText(n)} />
      ))}
      {queues.length > 0 && (
        <section aria-labelledby="workbench-queues">
          <h2 id="workbench-queues" className="section-title">
            {t('workbench.queues')}
          </h2>
          <ul className="workbench-grid">
            {queues.map((c) => (
              <WorkbenchTile key={c.key} card={c} />
            ))}
          </ul>
        </section>
      )}
      {shortcuts.length > 0 && (
        <section aria-labelledby="workbench-shortcuts">
          <h2 id="workbench-shortcuts" className="section-title">
            {t('workbench.shortcuts')}
          </h2>
          <ul className="workbench-grid">
            {shortcuts.map((c) => (
              <WorkbenchTile key={c.key} card={c} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function WorkbenchTile({ card }: { card: WorkbenchCard }) {
  const { t } = useTranslation();
  const label = useLabel();
  const text = workbenchCardCatalogue[card.key];
  const title = label(text);
  return (
    <li className="workbench-tile" data-card={card.key}>
      {/* Named by what it shows (title, count, hint): an aria-label would hide the hint from a screen reader. */}
      <Link to={card.link}>
        <span className="workbench-tile-title">{title}</span>
        {card.count !== null && (
          <>
            <span className="visually-hidden">{t('workbench.countBefore')}</span>
            <span className={card.kind === 'queue' && card.count > 0 ? 'workbench-count workbench-count-due' : 'workbench-count'} data-testid="workbench-count">
              {card.count}
            </span>
            <span className="visually-hidden">{t('workbench.countAfter')}</span>
          </>
        )}
        {card.overdue !== null && card.overdue > 0 && <span className="workbench-overdue">{t('workbench.overdue', { count: card.overdue })}</span>}
        <span className="workbench-hint">{label(text.hint)}</span>
      </Link>
    </li>
  );
}
