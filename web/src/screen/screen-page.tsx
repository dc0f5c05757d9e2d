import { useCallback, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ScreenIndicator } from '@zhichan/contract';
import { fetchScreen, fetchScreenMap } from '../api/screen';
import { QueryState } from '../components/query-state';
import { hasPermission, useCurrentUser } from '../session/use-session';
import { IndexPanel } from './index-panel';
import { KpiCards } from './kpi-cards';
import { ScreenMapPanel } from './screen-map';
import { TopLists } from './top-lists';
import { TownPanel } from './town-panel';
import { TrendPanel } from './trend-panel';
import { WeightsModal } from './weights-modal';
import './screen.css';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 8 }, (_, i) => thisYear - 1 - i);

/**
 * 监测大屏 "一图一指数": a full-screen dark dashboard for a large display (1920×1080) that stays
 * readable on a laptop (1366×768). Reloads itself every `refreshSeconds` (a server setting).
 */
export function ScreenPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const period = params.get('period') ?? params.get('year') ?? undefined;
  const [focus, setFocus] = useState<string | null>(null);
  const [mapKey, setMapKey] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [refreshMs, setRefreshMs] = useState(60_000);
  const screen = useQuery({
    queryKey: ['screen', region ?? 'own', period ?? 'default'],
    queryFn: async () => {
      const d = await fetchScreen(region, period);
      setRefreshMs(d.refreshSeconds * 1000);
      return d;
    },
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
  });
  const map = useQuery({ queryKey: ['screen-map', region ?? 'own'], queryFn: () => fetchScreenMap(region), staleTime: Infinity });
  const data = screen.data;
  const metaMap = useMemo(() => new Map((data?.indicators ?? []).map((i) => [i.key, i])), [data]);
  const meta = useCallback((key: string): ScreenIndicator => metaMap.get(key) ?? { key, zh: key, en: key, unit: '', decimals: 0 }, [metaMap]);
  const indicatorKey = mapKey ?? data?.mapIndicators[0] ?? 'effective_invention_patents';
  const shownYear = data?.year ?? (period ? Number(period.slice(0, 4)) : thisYear - 1);
  const shownWindow = (data?.period ?? period ?? '').slice(4);
  const go = (next: string) => {
    const p = new URLSearchParams(params);
    p.delete('year');
    p.set('period', next);
    setParams(p);
  };

  return (
    <div className="screen-root">
      <header className="screen-header">
        <div className="screen-header-side">
          <Link to="/" className="screen-link">
            ← {t('screen.exit')}
          </Link>
          <Link to={`/bulletin?region=${data?.region.code ?? ''}&period=${data?.period ?? shownYear}`} className="screen-link">
            {t('screen.bulletin')}
          </Link>
        </div>
        <h1 className="screen-title">
          {t('screen.title', { region: data?.region.name ?? '' })}
          <span className="screen-subtitle">{t('screen.subtitle')}</span>
        </h1>
        <div className="screen-header-side screen-header-right">
          <label>
            <span className="screen-label">{t('screen.year')}</span>
            <Select
              size="small"
              value={shownYear}
              aria-label={t('screen.year')}
              options={years.map((y) => ({ value: y, label: t('screen.yearOption', { year: y }) }))}
              onChange={(y: number) => go(`${y}${shownWindow.startsWith('-Q') ? shownWindow : ''}`)}
              popupMatchSelectWidth={false}
            />{' '}
            <Select
              size="small"
              value={shownWindow.startsWith('-Q') ? shownWindow : ''}
              aria-label={t('bulletin.window')}
              options={['', '-Q1', '-Q2', '-Q3', '-Q4'].map((w) => ({
                value: w,
                label: w ? t('bulletin.quarter', { q: w.slice(2) }) : t('bulletin.fullYear'),
              }))}
              onChange={(w: string) => go(`${shownYear}${w}`)}
              popupMatchSelectWidth={false}
            />
          </label>
          {data && (
            <span className="screen-updated" aria-live="polite">
              {t('screen.updatedAt', { time: new Date(data.generatedAt).toLocaleTimeString(en ? 'en' : 'zh-CN', { hour12: false }) })}
              <br />
              {t('screen.refreshEvery', { seconds: data.refreshSeconds })}
            </span>
          )}
        </div>
      </header>
      <QueryState query={screen}>
        {(d) => (
          <main className="screen-grid" id="main">
            <div className="screen-col">
              <section className="screen-panel" aria-labelledby="screen-kpi-title">
                <h2 id="screen-kpi-title" className="screen-panel-title">
                  {t('screen.kpis')} · {en ? d.period : d.periodLabel}
                </h2>
                <KpiCards data={d} meta={meta} />
              </section>
              <TrendPanel data={d} meta={meta} />
            </div>
            {d.children.length === 0 ? (
              <TownPanel data={d} meta={meta} />
            ) : (
              <section className="screen-panel screen-center" aria-labelledby="screen-map-title">
                <div className="screen-map-head">
                  <h2 id="screen-map-title" className="screen-panel-title">
                    {t('screen.map')}
                  </h2>
                  <label>
                    <span className="screen-label">{t('screen.mapIndicator')}</span>
                    <Select
                      size="small"
                      value={indicatorKey}
                      aria-label={t('screen.mapIndicator')}
                      popupMatchSelectWidth={false}
                      options={d.mapIndicators.map((k) => ({ value: k, label: en ? meta(k).en : meta(k).zh }))}
                      onChange={(k: string) => setMapKey(k)}
                    />
                  </label>
                </div>
                {map.data ? (
                  <ScreenMapPanel data={d} map={map.data} indicator={meta(indicatorKey)} focus={focus} onFocus={setFocus} />
                ) : (
                  <div className="screen-map" />
                )}
                <p className="screen-note">{t('screen.schematic')}</p>
              </section>
            )}
            <div className="screen-col">
              <IndexPanel
                data={d}
                meta={meta}
                onFocus={setFocus}
                canDrill={(code) => d.grandchildren.some((g) => g.parentCode === code)}
                {...(hasPermission(user, 'indicator.manage') ? { onEditWeights: () => setEditing(true) } : {})}
              />
              <div className="screen-tops">
                <TopLists data={d} indicator={meta(indicatorKey)} />
              </div>
            </div>
            {editing && <WeightsModal data={d} meta={meta} open={editing} onClose={() => setEditing(false)} />}
          </main>
        )}
      </QueryState>
    </div>
  );
}
