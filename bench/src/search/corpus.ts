import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { foldSameLength } from '../../../server/src/modules/patents/search/tokenizer.js';
import { seededRandom, syntheticPatentRow, type CorpusVocabulary } from '../../../server/src/modules/patents/search/testing/synthetic-patents.js';
import type { BenchQuery } from './queries.js';

/** Expected hits of the plain queries: one bitset over row numbers per query (the exact substring scan). */
export interface Oracle {
  size: number;
  expected: Map<string, Uint8Array>;
}

/**
 * Writes `size` synthetic patents as JSON Lines (the export columns the importer reads) and, while each
 * row is at hand, scans its title, abstract and claim for every plain-query term (folded like the index:
 * lower-case, full-width → ASCII), so recall can be measured without holding the corpus in memory.
 */
export async function writeCorpus(
  file: string,
  size: number,
  vocab: CorpusVocabulary,
  queries: readonly BenchQuery[],
  asOf: string,
  seed: number,
): Promise<Oracle> {
  const terms = [...new Set(queries.flatMap((q) => q.terms ?? []))];
  const folded = terms.map((t) => foldSameLength(t));
  const bits = terms.map(() => new Uint8Array(Math.ceil(size / 8)));
  const rng = seededRandom(seed);
  const out = createWriteStream(file);
  let chunk: string[] = [];
  for (let i = 0; i < size; i++) {
    const row = syntheticPatentRow(i, rng, vocab, asOf);
    const text = foldSameLength(`${row.专利名称}\n${row.申请摘要}\n${row.主权项}`);
    folded.forEach((t, j) => {
      const b = bits[j] as Uint8Array;
      if (text.includes(t)) b[i >> 3] = (b[i >> 3] as number) | (1 << (i & 7));
    });
    chunk.push(JSON.stringify(row));
    if (chunk.length === 2000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? chunk.join('\n') + '\n' : '');
  await once(out, 'finish');
  const byTerm = new Map(terms.map((t, j) => [t, bits[j] as Uint8Array]));
  const expected = new Map<string, Uint8Array>();
  for (const q of queries) {
    if (!q.terms) continue;
    const set = new Uint8Array(Math.ceil(size / 8)).fill(255);
    for (const t of q.terms) {
      const b = byTerm.get(t) as Uint8Array;
      for (let k = 0; k < set.length; k++) set[k] = (set[k] as number) & (b[k] as number);
    }
    expected.set(q.q, set);
  }
  return { size, expected };
}

/** Saves the oracle beside the corpus (base64 bitsets). */
export function saveOracle(file: string, o: Oracle): void {
  const json = { size: o.size, expected: Object.fromEntries([...o.expected].map(([q, b]) => [q, Buffer.from(b).toString('base64')])) };
  writeFileSync(file, JSON.stringify(json));
}

/** Row numbers set in a bitset. */
export function bitsetRows(bits: Uint8Array, size: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < size; i++) if (((bits[i >> 3] as number) >> (i & 7)) & 1) rows.push(i);
  return rows;
}
