import { Typography } from 'antd';
import type { PatentSearchResult } from '@zhichan/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { orDash } from '../components/format';
import { Highlighted } from './highlighted';
import { usePatentLabels } from './labels';
import { LegalStateTag } from './legal-state-tag';

type Hit = PatentSearchResult['items'][number];

interface Fact {
  term: string;
  value: ReactNode;
  mono?: boolean;
}

/** One search hit: title linking to the patent, numbers, type, dates, applicants, main IPC, legal state, snippet. */
export function HitItem({ hit, index }: { hit: Hit; index: number }) {
  const { t } = useTranslation();
  const labels = usePatentLabels();
  const { pathname, search } = useLocation();
  const facts: Fact[] = [
    { term: t('patent.appNo'), value: hit.appNo, mono: true },
    { term: t('patent.pubNo'), value: orDash(hit.pubNo), mono: true },
    { term: t('patent.kind'), value: labels.kind(hit.kind) },
    { term: t('patent.appDate'), value: orDash(hit.appDate), mono: true },
    { term: t('patent.grantDate'), value: orDash(hit.grantDate), mono: true },
    { term: t('patent.mainIpc'), value: orDash(hit.mainIpc), mono: true },
  ];
  if (hit.applicants.length > 0) {
    facts.push({ term: t('patent.applicants'), value: <Highlighted text={hit.applicants.join('；')} highlights={hit.highlights} /> });
  }
  return (
    <article className="hit" aria-labelledby={`hit-${hit.id}`}>
      <h3 className="hit-title" id={`hit-${hit.id}`}>
        <span className="hit-index">{index}.</span>
        <Link to={`/patents/${hit.id}`} state={{ from: pathname + search }}>
          <Highlighted text={hit.title} highlights={hit.highlights} />
        </Link>
        <LegalStateTag state={hit.legalState} />
      </h3>
      <dl className="hit-facts">
        {facts.map((f) => (
          <div key={f.term} className="hit-fact">
            <dt>{f.term}</dt>
            <dd className={f.mono ? 'mono' : undefined}>{f.value}</dd>
          </div>
        ))}
      </dl>
      {hit.snippet && (
        <Typography.Paragraph className="hit-snippet">
          <Highlighted text={hit.snippet} highlights={hit.highlights} />
        </Typography.Paragraph>
      )}
    </article>
  );
}
