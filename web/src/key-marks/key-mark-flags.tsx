import { Tag, Tooltip } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { KeyMarkFlag } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { fetchKeyMarkFlags } from '../api/key-marks';

/** The key-trademark flags of a page of trademarks (one request for the page), by trademark id. */
export function useKeyMarkFlags(trademarkIds: number[]): Map<number, KeyMarkFlag[]> {
  const ids = [...new Set(trademarkIds)].sort((a, b) => a - b).slice(0, 100);
  const query = useQuery({ queryKey: ['key-marks', 'flags', ids], queryFn: () => fetchKeyMarkFlags(ids), enabled: ids.length > 0 });
  const byId = new Map<number, KeyMarkFlag[]>();
  for (const f of query.data?.items ?? []) {
    if (f.forTrademarkId === null) continue;
    byId.set(f.forTrademarkId, [...(byId.get(f.forTrademarkId) ?? []), f]);
  }
  return byId;
}

/** 「重点商标」 with the listing's reasons on hover/focus. */
export function KeyMarkTag({ flags }: { flags: KeyMarkFlag[] | undefined }) {
  const { t } = useTranslation();
  const f = flags?.[0];
  if (!f) return null;
  return (
    <Tooltip title={t('keyMarks.flagTitle', { reasons: f.reasons, listedOn: f.listedOn })}>
      <Tag color="red" tabIndex={0}>
        {t('keyMarks.flag')}
      </Tag>
    </Tooltip>
  );
}
