import { useState } from 'react';
import { Button, Card, Select, Space, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { bulletinDocxUrl, fetchBulletin } from '../api/bulletin';
import { QueryState } from '../components/query-state';
import { RegionPicker } from '../components/region-picker';
import { useCurrentUser } from '../session/use-session';
import { BulletinView } from './bulletin-view';
import './bulletin.css';

const lastYear = new Date().getFullYear() - 1;
const years = Array.from({ length: 10 }, (_, i) => lastYear - i);
const windows = ['', '-Q1', '-Q2', '-Q3', '-Q4'] as const;

/** 统计公报: press-release text for a region and period, printable, with a Word download. */
export function BulletinPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') || undefined;
  const period = params.get('period') || String(lastYear);
  const [year, setYear] = useState(Number(period.slice(0, 4)));
  const [win, setWin] = useState(period.length > 4 ? period.slice(4) : '');
  const bulletin = useQuery({ queryKey: ['bulletin', region ?? 'own', period], queryFn: () => fetchBulletin(region, period) });
  const set = (next: { region?: string | undefined; period?: string }) => {
    const p = new URLSearchParams(params);
    if ('region' in next) {
      if (next.region) p.set('region', next.region);
      else p.delete('region');
    }
    if (next.period) p.set('period', next.period);
    setParams(p);
  };
  const windowLabel = (w: string) => (w === '' ? t('bulletin.fullYear') : t('bulletin.quarter', { q: w.slice(2) }));
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('bulletin.title')}</Typography.Title>
      <Card className="bulletin-controls">
        <Space wrap size="middle">
          <label>
            {t('bulletin.region')}{' '}
            <RegionPicker
              value={region ?? user.org.regionCode}
              rootParent={user.org.regionCode}
              rootSelectable
              width="16em"
              aria-label={t('bulletin.region')}
              onChange={(code) => set({ region: code })}
            />
          </label>
          <label>
            {t('bulletin.period')}{' '}
            <Select
              value={year}
              aria-label={t('bulletin.period')}
              options={years.map((y) => ({ value: y, label: `${y}` }))}
              onChange={(y: number) => {
                setYear(y);
                set({ period: `${y}${win}` });
              }}
            />{' '}
            <Select
              value={win}
              aria-label={t('bulletin.window')}
              popupMatchSelectWidth={false}
              options={windows.map((w) => ({ value: w, label: windowLabel(w) }))}
              onChange={(w: string) => {
                setWin(w);
                set({ period: `${year}${w}` });
              }}
            />
          </label>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('bulletin.print')}
          </Button>
          <Button icon={<DownloadOutlined />} href={bulletinDocxUrl(region, period)}>
            {t('bulletin.downloadDocx')}
          </Button>
        </Space>
      </Card>
      <Card>
        <QueryState query={bulletin}>{(b) => <BulletinView bulletin={b} />}</QueryState>
      </Card>
    </Space>
  );
}
