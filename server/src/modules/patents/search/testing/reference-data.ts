import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../../../db/database.js';
import { repoRoot } from '../../../../config.js';

/**
 * Readers of the real reference data beside the checkout (../shared/data) that the search tests and the
 * benchmark build their corpora from: 9,740 real CN titles with IPC subclasses, the Chinese IPC scheme.
 */

/** Folder of the shared reference data. */
export const referenceDataDir = path.resolve(repoRoot, '..', 'shared', 'data');

/** One real patent title: publication number, title, IPC subclasses. */
export interface TitleRow {
  pubNo: string;
  title: string;
  subclasses: string[];
}

/** The 9,740 rows of cn-patent-titles.csv (a title with a comma is double-quoted). */
export function readTitles(dir = referenceDataDir): TitleRow[] {
  const lines = readFileSync(path.join(dir, 'cn-patent-titles.csv'), 'utf8').split(/\r?\n/).slice(1);
  return lines.flatMap((l) => {
    const m = /^([^,]*),(?:"((?:[^"]|"")*)"|([^,]*)),(.*)$/.exec(l);
    if (!m) return [];
    const title = m[2] !== undefined ? m[2].replace(/""/g, '"') : (m[3] ?? '');
    return [{ pubNo: m[1] ?? '', title, subclasses: (m[4] ?? '').split('|').filter(Boolean) }];
  });
}

/** IPC groups of one subclass: symbol and Chinese title. */
export interface IpcGroup {
  code: string;
  title: string;
}

/** Groups (main groups and subgroups) by subclass (H01M) and by class (H01), titles cleaned of references in brackets. */
export function readIpcGroups(dir = referenceDataDir): Map<string, IpcGroup[]> {
  const bySubclass = new Map<string, IpcGroup[]>();
  for (const line of readFileSync(path.join(dir, 'ipc-scheme-zh.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as { code: string; level: string; title: string };
    if (e.level !== 'maingroup' && e.level !== 'subgroup') continue;
    const title = e.title
      .replace(/（[^）]*）|\([^)]*\)/g, '')
      .replace(/[；;].*$/, '')
      .trim();
    if (title.length < 2) continue;
    for (const key of [e.code.slice(0, 4), e.code.slice(0, 3)]) {
      const list = bySubclass.get(key) ?? [];
      list.push({ code: e.code, title });
      bySubclass.set(key, list);
    }
  }
  return bySubclass;
}

/** A county to place patents in: code and full name (山东省济宁市任城区). */
export interface CountyChoice {
  code: string;
  fullName: string;
}

/** Counties of Shandong from the regions table: Jining's (3708xx) first, then the rest. */
export async function loadShandongCounties(db: Executor): Promise<{ jining: CountyChoice[]; other: CountyChoice[] }> {
  const rows = await db.selectFrom('regions').select(['code', 'full_name']).where('level', '=', 3).where('code', 'like', '37%').orderBy('code').execute();
  const all = rows.filter((r) => !/开发区|示范区|新区/.test(r.full_name)).map((r) => ({ code: r.code, fullName: r.full_name }));
  return { jining: all.filter((r) => r.code.startsWith('3708')), other: all.filter((r) => !r.code.startsWith('3708')) };
}
