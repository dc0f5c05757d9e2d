import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIndicator, type Bulletin, type ScreenData } from '@zhichan/contract';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { buildOrg, buildUser, login, type Client } from '../../../test/factories.js';
import { hasSharedData, sharedDataDir } from '../../../test/shared-data.js';
import { mapSeedKey, readSeedFigures, SEED_FIGURES_FILE, type SeedFigures } from '../indicators/api.js';
import { seedIndicatorDemo } from '../indicators/demo.js';
import { bulletinText } from './render.js';

const present = hasSharedData('the Jining 2023 bulletin states the published figures', [SEED_FIGURES_FILE]);
const seed = present ? readSeedFigures(sharedDataDir) : null;

/** How a number may be printed: as is, in 万 or in 亿 (trailing zeros dropped). */
const printedForms = (v: number) => [String(v), String(Math.round((v / 1e4) * 100) / 100), String(Math.round((v / 1e8) * 100) / 100)];

// The published figures of Jining 2023 must come out of the bulletin as published (issue 4, item 7).
describe.skipIf(!present)('the Jining 2023 bulletin states the published figures', () => {
  let env: TestEnv;
  let staff: Client;
  let b: Bulletin;
  let text: string;
  const jining = (seed as SeedFigures | null)?.actuals.find((a) => a.region === '370800' && a.period === '2023');
  beforeAll(async () => {
    env = await createTestEnv();
    await seedIndicatorDemo(env.ctx);
    const org = await buildOrg(env.ctx, { kind: 'ip_bureau', region: '370800' });
    await buildUser(env.ctx, { orgId: org.id, role: 'bureau_staff', username: 'seed_staff' });
    staff = await login(env.app, 'seed_staff');
    const res = await staff.request('GET', '/api/bulletin?region=370800&period=2023');
    expect(res.statusCode).toBe(200);
    b = res.json<Bulletin>();
    text = bulletinText(b);
  });
  afterAll(() => env.close());

  it('reads like the press conference', () => {
    expect(b.title).toBe('济宁市2023年知识产权统计公报');
    expect(text).toContain(
      '截至2023年底，全市有效发明专利7420件，万人有效发明专利8.9件，同比增长31.7%，高价值发明专利2791件，万人高价值发明专利3.34件，同比增长37.6%',
    );
    expect(text).toContain('有效注册商标11万件以上，同比增长8.64%');
    expect(text).toContain('办理专利质押登记538笔，居全省第2位，同比增长37.59%，质押金额45.2亿元，居全省第4位，同比增长49.17%');
  });

  it('contains every published figure, with its rate and rank, each traceable to the source document', () => {
    expect(jining).toBeDefined();
    const checked: string[] = [];
    for (const [seedKey, raw] of Object.entries(jining?.figures ?? {})) {
      const m = mapSeedKey(seedKey);
      if (!m || typeof raw !== 'number') continue;
      const fig = b.figures.find((f) => f.key === m.indicatorKey);
      expect(fig, `${seedKey} → ${m.indicatorKey} is stated`).toBeDefined();
      if (!fig) continue;
      expect(fig.source).toContain('000_9ace15fec27cd77c.txt');
      expect(fig.period).toBe('2023');
      if (m.measure === 'value') {
        expect(fig.value, seedKey).toBe(raw);
        expect(text, `${seedKey} printed as ${fig.text}`).toContain(fig.text);
        expect(
          printedForms(raw).some((n) => fig.text.includes(n)),
          `${seedKey}: ${fig.text} shows ${raw}`,
        ).toBe(true);
        if (m.qualifier === 'min') expect(fig.text).toMatch(/以上$/);
      } else if (m.measure === 'yoy') {
        expect(fig.yoyPct, seedKey).toBe(raw);
        expect(text).toContain(`增长${raw}%`);
      } else {
        expect(fig.provinceRank, seedKey).toBe(raw);
        expect(text).toContain(`${fig.text}，居全省第${raw}位`);
      }
      checked.push(seedKey);
    }
    expect(checked.length).toBe(Object.keys(jining?.figures ?? {}).length);
  });

  it('numbers its footnotes in order and lists each figure once in the appendix', () => {
    expect(b.figures.map((f) => f.ref)).toEqual(b.figures.map((_, i) => i + 1));
    expect(new Set(b.figures.map((f) => f.key)).size).toBe(b.figures.length);
    for (const f of b.figures) expect(findIndicator(f.key)?.zh).toBe(f.name);
  });

  it('defaults to the latest year with published figures, on the bulletin and on the screen', async () => {
    expect((await staff.request('GET', '/api/bulletin?region=370800')).json<Bulletin>().period).toBe('2023');
    const screen = (await staff.request('GET', '/api/screen?region=370800')).json<ScreenData>();
    expect(screen.year).toBe(2023);
    expect(screen.kpis.find((k) => k.key === 'effective_invention_patents')?.current).toMatchObject({ value: 7420, origin: 'reported' });
    expect(screen.kpis.find((k) => k.key === 'patent_pledge_amount_yuan')?.current).toMatchObject({ value: 4_520_000_000, yoyPct: 49.17 });
  });

  it('omits the paragraphs of a period without figures', async () => {
    const empty = (await staff.request('GET', '/api/bulletin?region=370800&period=2019')).json<Bulletin>();
    expect(empty.paragraphs).toEqual([]);
  });
});
