import { Tag } from 'antd';
import { filingKindLabels, filingStatusLabels, type Filing } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DemoTag } from '../components/demo-tag';
import { formatTime, orDash } from '../components/format';
import { PagedTable } from '../components/paged-table';
import type { PagedList, PageOf } from '../components/use-paged-list';
import { usePreferences } from '../prefs/preferences';

const colours = { submitted: 'orange', returned: 'gold', forwarded: 'blue', approved: 'green', rejected: 'red', cancelled: 'default' } as const;

/** A paged list of filings; each title opens the filing page. */
export function FilingTable({ list }: { list: PagedList<string, PageOf<Filing>> }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  return (
    <PagedTable
      list={list}
      pagination={{ showSizeChanger: false, showTotal: undefined }}
      columns={[
        {
          title: t('filing.title'),
          key: 'title',
          render: (_, f) => (
            <>
              <Link to={`/filings/${f.id}`}>{f.title}</Link> <DemoTag isDemo={f.isDemo} />
            </>
          ),
        },
        { title: t('filing.kind'), key: 'kind', render: (_, f) => filingKindLabels[f.kind][lang] },
        { title: t('filing.enterprise'), key: 'org', render: (_, f) => f.org.name },
        { title: t('filing.patents'), key: 'patents', render: (_, f) => f.patents.length },
        { title: t('filing.status'), key: 'status', render: (_, f) => <Tag color={colours[f.status]}>{filingStatusLabels[f.status][lang]}</Tag> },
        { title: t('filing.filingNo'), key: 'no', render: (_, f) => orDash(f.filingNo) },
        { title: t('filing.submittedAt'), key: 'at', render: (_, f) => formatTime(f.submittedAt) },
      ]}
    />
  );
}
