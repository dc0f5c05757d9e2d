import { Card, Descriptions, Space, Tag } from 'antd';
import type { PatentDetail } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orDash } from '../components/format';
import { usePatentLabels } from './labels';

const list = (items: string[]) => (items.length > 0 ? items.join('；') : '—');

/** 著录项目: numbers, type, dates, parties (holders link to their enterprise profile), address, region, agency. */
export function BibliographyCard({ patent: p }: { patent: PatentDetail }) {
  const { t } = useTranslation();
  const labels = usePatentLabels();
  const mono = (v: string | null) => <span className="mono">{orDash(v)}</span>;
  const items = [
    { key: 'appNo', label: t('patent.appNo'), children: mono(p.appNo) },
    { key: 'pubNo', label: t('patent.pubNo'), children: mono(p.pubNo) },
    { key: 'grantNo', label: t('patent.grantNo'), children: mono(p.grantNo) },
    { key: 'kind', label: t('patent.kind'), children: labels.kind(p.kind) },
    { key: 'appDate', label: t('patent.appDate'), children: mono(p.appDate) },
    { key: 'pubDate', label: t('patent.pubDate'), children: mono(p.pubDate) },
    { key: 'grantDate', label: t('patent.grantDate'), children: mono(p.grantDate) },
    { key: 'priorityDate', label: t('patent.priorityDate'), children: mono(p.priorityDate) },
    { key: 'applicants', label: t('patent.applicants'), children: list(p.applicants), span: 'filled' as const },
    {
      key: 'holders',
      label: t('patent.holders'),
      span: 'filled' as const,
      children:
        p.holders.length === 0 ? (
          '—'
        ) : (
          <Space separator="；" wrap size={0}>
            {p.holders.map((h) =>
              h.orgId ? (
                <Link key={h.name} to={`/enterprises/${h.orgId}`}>
                  {h.name}
                </Link>
              ) : (
                <span key={h.name}>{h.name}</span>
              ),
            )}
          </Space>
        ),
    },
    { key: 'inventors', label: t('patent.inventors'), children: list(p.inventors), span: 'filled' as const },
    { key: 'address', label: t('patent.address'), children: orDash(p.address), span: 'filled' as const },
    { key: 'region', label: t('patent.region'), children: p.regionName ? `${p.regionName}（${p.regionCode ?? ''}）` : orDash(p.regionCode) },
    { key: 'agency', label: t('patent.agency'), children: orDash(p.agency) },
    { key: 'agents', label: t('patent.agents'), children: list(p.agents) },
    {
      key: 'ipc',
      label: t('patent.ipc'),
      span: 'filled' as const,
      children:
        p.ipc.length === 0 ? (
          '—'
        ) : (
          <ul className="ipc-list">
            {p.ipc.map((c) => (
              <li key={c.code}>
                <span className="mono">{c.code}</span>
                {c.code === p.mainIpc && <Tag className="ipc-main">{t('patent.mainIpcTag')}</Tag>}
                {c.title && <span className="ipc-title">{c.title}</span>}
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'family',
      label: t('patent.family'),
      span: 'filled' as const,
      children:
        p.family.length === 0 ? (
          t('patent.noFamily')
        ) : (
          <ul className="ipc-list">
            {p.family.map((f) => (
              <li key={`${f.country}${f.number}`}>
                <span className="mono">
                  {f.country} {f.number}
                </span>{' '}
                {f.granted ? <Tag color="green">{t('patent.familyGranted')}</Tag> : <Tag>{t('patent.familyNotGranted')}</Tag>}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <Card title={<h2 className="card-title">{t('patent.bibliography')}</h2>}>
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </Card>
  );
}
