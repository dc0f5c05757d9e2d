import type { Executor } from '../../db/database.js';
import { normaliseIpc } from '../patents/api.js';
import { findIpcTitleRows } from './repository.js';

/**
 * The codes to try for a symbol, most specific first: H01M10/0525 → H01M10/052 → H01M10/05 →
 * H01M10/00 → H01M → H01 → H. (Subgroups nest by their digits; the main group ends in /00.)
 */
export function ipcAncestors(code: string): string[] {
  const c = normaliseIpc(code);
  if (!c) return [];
  const out: string[] = [];
  const m = /^([A-H]\d{2}[A-Z])(\d{1,4})\/(\d{1,6})$/.exec(c);
  if (m) {
    const [, subclass, group, sub] = m as unknown as [string, string, string, string];
    for (let digits = sub; digits.length >= 2; digits = digits.slice(0, -1)) out.push(`${subclass}${group}/${digits}`);
    out.push(`${subclass}${group}/00`);
  }
  const head = m ? (m[1] ?? '') : c;
  if (head.length >= 4) out.push(head.slice(0, 4));
  if (head.length >= 3) out.push(head.slice(0, 3));
  out.push(head.slice(0, 1));
  return [...new Set(out)];
}

/** The title of an IPC symbol, or of its nearest ancestor that has one (null when none is loaded). */
export async function ipcTitle(db: Executor, code: string): Promise<{ code: string; level: string; title: string } | null> {
  const chain = ipcAncestors(code);
  if (chain.length === 0) return null;
  const rows = await findIpcTitleRows(db, chain);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const c of chain) {
    const hit = byCode.get(c);
    if (hit) return hit;
  }
  return null;
}
