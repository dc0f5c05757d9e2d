import { Button, Space } from 'antd';
import { BarChartOutlined, StarOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { followLink } from '../components/follow-link';
import { downloadPatentExport, isLongQuery, patentExportUrl } from '../api/patents';
import { toQueryString } from '../api/client';
import { SaveSearchModal } from './save-search-modal';
import { ExportButton } from './export-button';

/** 导出 CSV / 导出 Excel (whole result set), 保存检索式 and 分析 for the current query. */
export function SearchToolbar({ query }: { query: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const analysisPath = `/patents/analysis${toQueryString({ q: query })}`;
  const long = isLongQuery(query);
  return (
    <Space wrap>
      <ExportButton href={patentExportUrl(query, 'csv')} long={long} download={() => downloadPatentExport(query, 'csv')}>
        {t('search.exportCsv')}
      </ExportButton>
      <ExportButton href={patentExportUrl(query, 'xlsx')} long={long} download={() => downloadPatentExport(query, 'xlsx')}>
        {t('search.exportXlsx')}
      </ExportButton>
      <Button icon={<StarOutlined aria-hidden="true" />} onClick={() => setSaving(true)}>
        {t('search.save')}
      </Button>
      <Button icon={<BarChartOutlined aria-hidden="true" />} href={analysisPath} onClick={followLink(navigate, analysisPath)}>
        {t('search.analyse')}
      </Button>
      {saving && <SaveSearchModal query={query} onClose={() => setSaving(false)} />}
    </Space>
  );
}
