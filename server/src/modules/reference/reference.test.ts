import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../test/harness.js';
import { cleanTitle } from './ipc-scheme.js';
import { ipcAncestors, ipcTitle } from './ipc-title.js';
import { loadReferenceData } from './load-reference-data.js';
import { loadNiceClasses } from './nice-classes.js';
import { hasSharedData } from '../../../test/shared-data.js';

const present = hasSharedData('loading the IPC scheme and Nice classes', ['ipc-scheme-zh.jsonl', 'nice-classes-zh.json']);

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe.skipIf(!present)('reference data (IPC scheme, Nice classes)', () => {
  it('walks up the IPC hierarchy', () => {
    expect(ipcAncestors('H01M 10/0525')).toEqual(['H01M10/0525', 'H01M10/052', 'H01M10/05', 'H01M10/00', 'H01M', 'H01', 'H']);
    expect(ipcAncestors('G06F')).toEqual(['G06F', 'G06', 'G']);
    expect(ipcAncestors('nonsense')).toEqual([]);
    expect(cleanTitle('各种场地的覆盖 物（入 A01D43/12）')).toBe('各种场地的覆盖物（入A01D43/12）');
  });

  it('loads the real files from the configured directory, once', { timeout: 120_000 }, async () => {
    const { ctx } = env;
    const report = await loadReferenceData(ctx);
    const ipc = report.loaded.find((l) => l.file.endsWith('ipc-scheme-zh.jsonl'));
    // 77,401 lines; PDF artefacts (no code, malformed or repeated codes) are skipped and counted.
    expect(ipc?.rows).toBeGreaterThan(77_000);
    expect((ipc?.rows ?? 0) + (ipc?.skipped ?? 0)).toBe(77_401);
    const levels = await ctx.db
      .selectFrom('ipc_titles')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(Object.fromEntries(levels.map((l) => [l.level, Number(l.n)]))).toMatchObject({ section: 8, class: 131, subclass: 643 }); // E03B has an empty title in the file
    expect(await ctx.db.selectFrom('nice_classes').select('code').where('level', '=', 'class').execute()).toHaveLength(45);
    expect(await ctx.db.selectFrom('nice_classes').select('code').where('level', '=', 'group').execute()).toHaveLength(491);
    expect(await ctx.db.selectFrom('nice_classes').select('title').where('code', '=', '01').executeTakeFirst()).toMatchObject({
      title: expect.stringMatching(/^用于工业、科学/),
    });

    const again = await loadReferenceData(ctx);
    expect(again.loaded).toEqual([]);
    expect(again.notes).toHaveLength(2);
  });

  it('finds the title of a symbol or of its nearest ancestor', async () => {
    const { ctx } = env;
    expect(await ipcTitle(ctx.db, 'H01M10/0525')).toMatchObject({ code: 'H01M10/0525', level: 'subgroup' });
    expect(await ipcTitle(ctx.db, 'H01M10/0599')).toMatchObject({ code: 'H01M10/05' });
    expect(await ipcTitle(ctx.db, 'H01M99/99')).toMatchObject({ code: 'H01M', level: 'subclass' });
    expect(await ipcTitle(ctx.db, 'A01B')).toMatchObject({ title: expect.stringMatching(/^农业或林业的整地/) });
  });

  it('loads Nice items on request and does nothing without a directory', async () => {
    const { ctx } = env;
    const dir = ctx.config.referenceDataDir ?? '';
    const r = await loadNiceClasses(ctx, path.join(dir, 'nice-classes-zh.json'), { items: true });
    expect(r.rows).toBeGreaterThan(10_000);
    expect(await ctx.db.selectFrom('nice_classes').select('title').where('code', '=', '010093').executeTakeFirst()).toEqual({ title: '一氧化氮；一氧化二氮' });
    expect(await loadReferenceData(ctx, null)).toEqual({ loaded: [], notes: [expect.stringContaining('REFERENCE_DATA_DIR')] });
  });
});
