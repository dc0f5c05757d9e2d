import { Card, Descriptions, Empty, Tag, Timeline } from 'antd';
import type { PatentDetail } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { orDash } from '../components/format';
import { usePreferences } from '../prefs/preferences';
import { EventDetails } from './event-details';
import { LegalStateTag } from './legal-state-tag';

const EVENT_KINDS = [
  'filing',
  'publication',
  'examination',
  'grant',
  'transfer',
  'licence',
  'licence_exclusive',
  'licence_sole',
  'licence_end',
  'pledge',
  'pledge_change',
  'pledge_release',
  'open_licence',
  'open_licence_withdrawn',
  'preservation',
  'preservation_release',
  'invalidation_partial',
  'invalidation',
  'lapse',
  'surrender',
  'rejected',
  'withdrawn',
  'restoration',
  'term_compensation',
] as const;
const isEventKind = (k: string): k is (typeof EVENT_KINDS)[number] => (EVENT_KINDS as readonly string[]).includes(k);

const colour = (kind: string) =>
  ['lapse', 'surrender', 'invalidation', 'rejected', 'withdrawn'].includes(kind)
    ? 'red'
    : kind.startsWith('pledge')
      ? 'orange'
      : kind === 'grant'
        ? 'green'
        : 'blue';

/** 法律状态: the derived state with its expiry or termination date, and the legal-status events on a timeline. */
export function LegalCard({ patent: p }: { patent: PatentDetail }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  // The server labels events in Chinese; the English page uses its own label for the known kinds.
  const eventLabel = (kind: string, label: string) => (language === 'en' && isEventKind(kind) ? t(`patent.events.${kind}`) : label);
  return (
    <Card title={<h2 className="card-title">{t('patent.legalTitle')}</h2>}>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'state',
            label: t('patent.legalState'),
            children: (
              <>
                <LegalStateTag state={p.legalState} />
                {p.pledges.length > 0 && (
                  <Tag color="orange" className="pledged-tag">
                    {t('patent.pledged')}
                  </Tag>
                )}
              </>
            ),
          },
          ...(p.pledges.length > 0
            ? [
                {
                  key: 'pledges',
                  label: t('patent.pledges'),
                  children: (
                    <ul className="plain-list">
                      {p.pledges.map((g) => (
                        <li key={`${g.registrationNo ?? ''}${g.registeredOn}`}>
                          {t('patent.pledgeLine', {
                            no: g.registrationNo ?? '—',
                            date: g.registeredOn,
                            pledgee: g.pledgee,
                            amount: g.amount.toLocaleString('zh-CN'),
                          })}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          { key: 'source', label: t('patent.sourceStatus'), children: orDash(p.sourceStatus) },
          { key: 'expires', label: t('patent.expiresOn'), children: <span className="mono">{orDash(p.expiresOn)}</span> },
          { key: 'terminated', label: t('patent.terminatedOn'), children: <span className="mono">{orDash(p.terminatedOn)}</span> },
        ]}
      />
      <h3 className="section-title timeline-title">{t('patent.timeline')}</h3>
      {p.events.length === 0 ? (
        <Empty description={t('patent.noEvents')} />
      ) : (
        <Timeline
          className="patent-timeline"
          items={p.events.map((e) => ({
            key: e.id,
            color: colour(e.kind),
            title: <span className="mono">{e.date}</span>,
            content: (
              <div>
                <strong>{eventLabel(e.kind, e.label)}</strong>
                {e.summary && e.summary !== e.label && <span className="event-summary">{e.summary}</span>}
                <EventDetails details={e.details} />
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
