import { Button, Space } from 'antd';
import { BarChartOutlined, DownloadOutlined, StarOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { followLink } from '../components/follow-link';
import { patentExportUrl } from '../api/patents';
import { toQueryString } from '../api/client';
import { SaveSearchModal } from './save-search-modal';

/** 导出 CSV / 导出 Excel (whole result set), 保存检索式 and 分析 for the current query. */
export function SearchToolbar({ query }: { query: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [saving, setSaving] = useState(false);
  const analysisPath = `/patents/analysis${toQueryString({ q: query })}`;
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined aria-hidden="true" />} href={patentExportUrl(query, 'csv')} download>
        {t('search.exportCsv')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden="true" />} href={patentExportUrl(query, 'xlsx')} download>
        {t('search.exportXlsx')}
      </Button>
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
