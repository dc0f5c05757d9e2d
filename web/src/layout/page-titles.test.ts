import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../i18n/messages';
import { pageTitleKey, pageTitles } from './page-titles';

const routesSource = readFileSync(new URL('../routes.tsx', import.meta.url), 'utf8');
/** Every page path the route table declares (`path="…"` and the registry table's `path: '…'`). */
const routePaths = [...routesSource.matchAll(/path(?:="|: ')(\/[^"']*)["']/g)].map((m) => m[1] ?? '').filter((p) => p !== '*');

const lookup = (tree: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('page titles', () => {
  it('finds the route table', () => {
    expect(routePaths).toContain('/welcome');
    expect(routePaths).toContain('/patents/:id');
  });

  it('names every page of the route table in both languages', () => {
    const missing = routePaths.filter((p) => !pageTitleKey(p.replace(/:id/g, '7')));
    expect(missing).toEqual([]);
    for (const [, key] of pageTitles) {
      expect(typeof lookup(zhCN, key), `${key} in Chinese`).toBe('string');
      expect(typeof lookup(en, key), `${key} in English`).toBe('string');
    }
  });

  it('prefers a fixed path over the :id pattern it also matches', () => {
    expect(pageTitleKey('/patents/search')).toBe('nav.patentSearch');
    expect(pageTitleKey('/patents/CN1234')).toBe('pageTitle.patent');
    expect(pageTitleKey('/indicators/plans/new')).toBe('nav.plans');
    expect(pageTitleKey('/indicators/plans/3/edit')).toBe('pageTitle.plan');
    expect(pageTitleKey('/no/such/page')).toBeUndefined();
  });

  it('reads 「<页面名> · 知产通」, and in English “<page> · Zhichan”', () => {
    expect(zhCN.pageTitle.format.replace('{{page}}', zhCN.nav.techSupply)).toBe('供应大厅 · 知产通');
    expect(en.pageTitle.format.replace('{{page}}', en.nav.techSupply)).toBe('Supply hall · Zhichan');
  });
});
