import { Tag } from 'antd';
import type { OpenLicenceDeclaration } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoTag } from '../components/demo-tag';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import type { PagedList, PageOf } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';
import { statusColours, statusLabel } from './labels';

/** A paged list of declarations; the title links to `linkTo(d)` (the catalogue entry or the declaration page). */
export function DeclarationTable({
  list,
  linkTo,
  showStatus,
}: {
  list: PagedList<string, PageOf<OpenLicenceDeclaration>>;
  linkTo: (d: OpenLicenceDeclaration) => string;
  showStatus: boolean;
}) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <PagedTable
      list={list}
      pagination={{ showSizeChanger: false, showTotal: undefined }}
      columns={[
        {
          title: t('ol.patent'),
          key: 'title',
          render: (_, d) => (
            <>
              <Link to={linkTo(d)}>{d.patent.title}</Link> <DemoTag isDemo={d.isDemo} />
            </>
          ),
        },
        { title: t('ol.appNo'), key: 'appNo', render: (_, d) => d.patent.appNo },
        { title: t('ol.patentee'), key: 'patentee', render: (_, d) => d.patentee.name },
        { title: t('ol.fee'), dataIndex: 'feeText' },
        { title: t('ol.term'), key: 'term', render: (_, d) => t('ol.years', { count: d.termYears }) },
        ...(showStatus
          ? [
              {
                title: t('ol.status'),
                key: 'status',
                render: (_: unknown, d: OpenLicenceDeclaration) => <Tag color={statusColours[d.status]}>{statusLabel(d.status, lang)}</Tag>,
              },
              { title: t('ol.submittedAt'), key: 'submitted', render: (_: unknown, d: OpenLicenceDeclaration) => formatTime(d.submittedAt) },
            ]
          : [
              { title: t('ol.region'), key: 'region', render: (_: unknown, d: OpenLicenceDeclaration) => orDash(d.regionName) },
              { title: t('ol.licences'), dataIndex: 'licenceCount' },
            ]),
      ]}
    />
  );
}
