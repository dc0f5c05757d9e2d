import { Form, Input, Select, Space, Typography } from 'antd';
import { feeTypes, ZFeeType } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchCatalogue } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { FilterBar } from '../components/filter-bar';
import { RegionPicker } from '../components/region-picker';
import { usePagedList } from '../components/use-paged-list';
import { DeclarationTable } from './declaration-table';
import { feeTypeLabel } from './labels';
import { usePreferences } from '../prefs/preferences';

const FILTERS = ['q', 'ipc', 'regionCode', 'feeType'] as const;

/**
 * 开放许可目录 (public): published declarations, searchable with the registry's command syntax and
 * filterable by IPC, the patentee's region and the fee type. `entryBase` is where an entry opens.
 */
export function OpenLicenceCataloguePage({ entryBase = '/open-licences/catalogue' }: { entryBase?: string }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const list = usePagedList({
    queryKey: [...queryKeys.openLicences, 'catalogue'],
    filters: FILTERS,
    fetch: ({ filters, page, pageSize }) => fetchCatalogue({ ...filters, feeType: ZFeeType.safeParse(filters.feeType).data, page, pageSize }),
  });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('ol.catalogue')}</Typography.Title>
      <Typography.Paragraph>{t('ol.catalogueIntro')}</Typography.Paragraph>
      <FilterBar values={list.filters} onSearch={(v) => list.setFilters(v)}>
        <Form.Item name="q" label={t('ol.query')}>
          <Input placeholder={t('ol.queryPlaceholder')} style={{ width: 320 }} allowClear />
        </Form.Item>
        <Form.Item name="ipc" label={t('ol.ipc')}>
          <Input placeholder="H01M" style={{ width: 120 }} allowClear />
        </Form.Item>
        <Form.Item name="regionCode" label={t('ol.region')}>
          <RegionPicker rootParent="370000" />
        </Form.Item>
        <Form.Item name="feeType" label={t('ol.feeType')}>
          <Select allowClear style={{ width: 180 }} options={feeTypes.map((f) => ({ value: f, label: feeTypeLabel(f, language === 'en' ? 'en' : 'zh') }))} />
        </Form.Item>
      </FilterBar>
      {/* A query the command syntax cannot read: the table shows the server's message above it. */}
      <DeclarationTable list={list} linkTo={(d) => `${entryBase}/${d.id}`} showStatus={false} />
    </Space>
  );
}

/** The catalogue outside the app (no sign-in needed). */
export function PublicOpenLicenceCataloguePage() {
  return <OpenLicenceCataloguePage entryBase="/catalogue/open-licences" />;
}
