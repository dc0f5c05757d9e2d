import type { AppContext } from '../../platform/context.js';
import { nowIso } from '../../platform/context.js';
import { getSetting } from '../../platform/settings.js';
import type { Executor } from '../../db/database.js';
import { message } from '@zhichan/contract';
import { BANDS, K, bandHash, estimatedSimilarity, jaccard, shingles, signatureInto } from './minhash.js';
import {
  countPatents,
  deleteAllSignatures,
  dequeue,
  findApplicantOrgs,
  findPatentPage,
  findPatentsByIds,
  findPatentsOfApplicantsOrAddresses,
  findQueued,
  findSignaturePage,
  findTransfers,
  insertFlags,
  insertRun,
  upsertSignatures,
  type NewFlag,
  type ScreenedPatent,
} from './repository.js';
import { SignalCounter, transferFlags, type DraftFlag, type ScreeningSettings } from './signals.js';

/** Texts with fewer distinct bigrams than this say too little to be compared (a bare title). */
export const MIN_SHINGLES = 20;
/** A band bucket larger than this is boilerplate shared by many unrelated texts: it is skipped and counted. */
export const MAX_BUCKET = 200;
/** Candidates whose signatures agree on less than (threshold − this) are dropped before the exact check. */
const ESTIMATE_MARGIN = 0.15;
const PAGE = 5000;
/** Packing a 32-bit band hash and a 21-bit row index into one float64 lets a native numeric sort group buckets. */
const IDX_BITS = 2 ** 21;

export async function screeningSettings(db: Executor): Promise<ScreeningSettings> {
  return {
    threshold: (await getSetting(db, 'screening.near_duplicate_pct')) / 100,
    burstMin: await getSetting(db, 'screening.burst_min_count'),
    burstFactor: await getSetting(db, 'screening.burst_factor'),
    burstMonths: await getSetting(db, 'screening.burst_history_months'),
    clusterMin: await getSetting(db, 'screening.cluster_min_applicants'),
    transferDays: await getSetting(db, 'screening.transfer_days'),
    transferMin: await getSetting(db, 'screening.transfer_min_count'),
  };
}

/** The text compared: title, abstract and first claim (名称、摘要、首项权利要求). */
export const screenedText = (p: Pick<ScreenedPatent, 'title' | 'abstract' | 'first_claim'>) => [p.title, p.abstract ?? '', p.first_claim ?? ''].join('\n');

const encodeBands = (sig: Uint32Array, off: number) => Array.from({ length: BANDS }, (_, b) => bandHash(sig, off, b).toString(36)).join(',');

export interface ScreeningOutcome {
  patents: number;
  candidatePairs: number;
  oversizedBuckets: number;
  newFlags: number;
  /** The near-duplicate pairs found (lower id first), for the bench's precision and recall. */
  pairs: [number, number][];
  seconds: number;
  runId: number;
  /** Seconds per phase (read and sign, candidates, exact checks, other signals and flags). */
  phases: Record<string, number>;
}

/** Checks candidate pairs exactly on their texts and drafts a flag for each pair at or above the threshold. */
async function verifyPairs(db: Executor, pairs: readonly [number, number][], s: ScreeningSettings): Promise<{ flags: DraftFlag[]; found: [number, number][] }> {
  const flags: DraftFlag[] = [];
  const found: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 400) {
    const chunk = pairs.slice(i, i + 400);
    const ids = [...new Set(chunk.flat())];
    const byId = new Map((await findPatentsByIds(db, ids)).map((p) => [p.id, { p, sh: shingles(screenedText(p)) }]));
    for (const [a, b] of chunk) {
      const x = byId.get(a);
      const y = byId.get(b);
      if (!x || !y || x.p.region_code === null) continue;
      const { similarity, shared } = jaccard(x.sh, y.sh);
      if (similarity < s.threshold) continue;
      found.push([a, b]);
      // The later filing is the one under suspicion; the flag sits in its region.
      const [later, earlier] = (y.p.app_date ?? '') >= (x.p.app_date ?? '') ? [y.p, x.p] : [x.p, y.p];
      const explanation = message('screening.signal.near_duplicate', {
        appNo: later.app_no,
        otherAppNo: earlier.app_no,
        similarity: Math.round(similarity * 1000) / 10,
        threshold: Math.round(s.threshold * 100),
        shared,
      });
      flags.push({
        flag_key: `near_duplicate:${a}:${b}`,
        signal: 'near_duplicate',
        subject: `${later.app_no} ↔ ${earlier.app_no}`,
        region_code: later.region_code ?? (earlier.region_code as string),
        patent_id: later.id,
        other_patent_id: earlier.id,
        score: similarity,
        explanation: JSON.stringify({ code: explanation.code, params: explanation.params }),
        patent_ids: JSON.stringify([later.id, earlier.id]),
        firstPatentId: later.id,
      });
    }
  }
  return { flags, found };
}

/** Writes the drafted flags with the applicant's organisation on the platform (when there is one). */
async function storeFlags(ctx: AppContext, trx: Executor, drafts: readonly DraftFlag[]): Promise<number> {
  const orgs = await findApplicantOrgs(
    trx,
    drafts.map((d) => d.firstPatentId),
  );
  const at = nowIso(ctx);
  const rows: NewFlag[] = drafts.map(({ firstPatentId, ...d }) => ({
    ...d,
    org_id: orgs.get(firstPatentId) ?? null,
    status: 'open',
    is_demo: 0,
    created_at: at,
    updated_at: at,
  }));
  let n = 0;
  for (let i = 0; i < rows.length; i += 500) n += await insertFlags(trx, ctx.dialect, rows.slice(i, i + 500));
  return n;
}

/**
 * The full screening: every patent of the registry read once in id order — its MinHash signature, its LSH band
 * hashes (stored for later incremental runs) and its applicant, month and address counted — then the bands
 * sorted to find candidate pairs, candidates checked on their signatures and then exactly on their texts, and
 * the burst, cluster and transfer signals evaluated. Flags already raised (open or decided) are not raised again.
 */
export async function screenAll(ctx: AppContext, trx: Executor): Promise<ScreeningOutcome> {
  const started = performance.now();
  const s = await screeningSettings(trx);
  const total = await countPatents(trx);
  if (total >= IDX_BITS) throw new Error(`screening packs row indexes in 21 bits: ${total} patents need the sort by comparator`);
  const ids = new Int32Array(total);
  const sigs = new Uint32Array(total * K);
  const bands = Array.from({ length: BANDS }, () => new Float64Array(total));
  const counter = new SignalCounter();
  await deleteAllSignatures(trx);
  let n = 0;
  let after = 0;
  for (;;) {
    const page = await findPatentPage(trx, after, PAGE);
    if (page.length === 0) break;
    const stored: { patent_id: number; bands: string }[] = [];
    for (const p of page) {
      after = p.id;
      counter.add(p);
      if (n >= total) continue; // rows written after the count are left to the next incremental run
      const sh = shingles(screenedText(p));
      if (sh.length < MIN_SHINGLES) continue;
      ids[n] = p.id;
      signatureInto(sh, sigs, n * K);
      for (let b = 0; b < BANDS; b++) (bands[b] as Float64Array)[n] = bandHash(sigs, n * K, b) * IDX_BITS + n;
      stored.push({ patent_id: p.id, bands: encodeBands(sigs, n * K) });
      n++;
    }
    await upsertSignatures(trx, ctx.dialect, stored);
  }
  const phases: Record<string, number> = {};
  const lap = (() => {
    let t = started;
    return (name: string) => {
      const now = performance.now();
      phases[name] = Math.round((now - t) / 100) / 10;
      t = now;
    };
  })();
  lap('readAndSign');
  // Candidate pairs: rows that agree on a whole band.
  const seen = new Set<number>();
  const likely: [number, number][] = [];
  let oversized = 0;
  for (let b = 0; b < BANDS; b++) {
    const arr = (bands[b] as Float64Array).subarray(0, n).sort();
    let start = 0;
    while (start < n) {
      const h = Math.floor((arr[start] as number) / IDX_BITS);
      let end = start + 1;
      while (end < n && Math.floor((arr[end] as number) / IDX_BITS) === h) end++;
      const size = end - start;
      if (size > MAX_BUCKET) oversized++;
      else if (size > 1) {
        for (let i = start; i < end; i++) {
          for (let j = i + 1; j < end; j++) {
            const x = (arr[i] as number) % IDX_BITS;
            const y = (arr[j] as number) % IDX_BITS;
            const lo = Math.min(x, y);
            const hi = Math.max(x, y);
            const key = lo * IDX_BITS + hi;
            if (seen.has(key)) continue;
            seen.add(key);
            if (estimatedSimilarity(sigs, lo * K, sigs, hi * K) >= s.threshold - ESTIMATE_MARGIN) likely.push([ids[lo] as number, ids[hi] as number]);
          }
        }
      }
      start = end;
    }
  }
  lap('candidates');
  const { flags, found } = await verifyPairs(trx, likely, s);
  lap('exactCheck');
  const drafts = [...flags, ...counter.burstFlags(s), ...counter.clusterFlags(s), ...transferFlags(await findTransfers(trx), s)];
  const newFlags = await storeFlags(ctx, trx, drafts);
  await dequeue(trx, 'all');
  lap('signalsAndFlags');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const runId = await insertRun(trx, { mode: 'full', patents: n, candidate_pairs: seen.size, new_flags: newFlags, seconds, finished_at: nowIso(ctx) });
  return { patents: n, candidatePairs: seen.size, oversizedBuckets: oversized, newFlags, pairs: found, seconds, runId, phases };
}

/**
 * The incremental screening after an import: only the patents the write hook queued. Their signatures are probed
 * against the stored band hashes of every screened patent (and against each other), candidates checked exactly;
 * the burst, cluster and transfer signals are evaluated again for their applicants and addresses only.
 */
export async function screenQueued(ctx: AppContext, trx: Executor): Promise<ScreeningOutcome> {
  const started = performance.now();
  const s = await screeningSettings(trx);
  const queued = await findQueued(trx);
  const fresh = await findPatentsByIds(trx, queued);
  const freshSet = new Set(queued);
  // Band hash → patents, for the queued patents.
  const freshBands = new Map<string, number[]>();
  const stored: { patent_id: number; bands: string }[] = [];
  const sig = new Uint32Array(K);
  for (const p of fresh) {
    const sh = shingles(screenedText(p));
    if (sh.length < MIN_SHINGLES) continue;
    signatureInto(sh, sig, 0);
    const enc = encodeBands(sig, 0);
    stored.push({ patent_id: p.id, bands: enc });
    enc.split(',').forEach((h, b) => {
      const key = `${b}:${h}`;
      const list = freshBands.get(key);
      if (list) list.push(p.id);
      else freshBands.set(key, [p.id]);
    });
  }
  const seen = new Set<string>();
  const candidates: [number, number][] = [];
  const addPair = (a: number, b: number) => {
    if (a === b) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}:${hi}`;
    if (!seen.has(key)) {
      seen.add(key);
      candidates.push([lo, hi]);
    }
  };
  for (const list of freshBands.values())
    if (list.length <= MAX_BUCKET)
      for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) addPair(list[i] as number, list[j] as number);
  // Probe every stored signature (the screened registry) against the queued patents' bands.
  let after = 0;
  const hits = new Map<string, number>();
  for (;;) {
    const page = await findSignaturePage(trx, after, 20_000);
    if (page.length === 0) break;
    for (const r of page) {
      after = r.patentId;
      if (freshSet.has(r.patentId)) continue;
      r.bands.split(',').forEach((h, b) => {
        const list = freshBands.get(`${b}:${h}`);
        if (!list) return;
        const key = `${b}:${h}`;
        const count = (hits.get(key) ?? 0) + 1;
        hits.set(key, count);
        if (count <= MAX_BUCKET) for (const id of list) addPair(id, r.patentId);
      });
    }
  }
  const { flags, found } = await verifyPairs(trx, candidates, s);
  // The other signals, for the applicants and addresses of the queued patents.
  const applicants = [...new Set(fresh.map((p) => p.applicants))];
  const addresses = [...new Set(fresh.flatMap((p) => (p.address ? [p.address] : [])))];
  const counter = new SignalCounter();
  const related = await findPatentsOfApplicantsOrAddresses(trx, applicants, addresses);
  for (const p of related) counter.add(p);
  const transfers = await findTransfers(trx, [...new Set(related.map((p) => p.applicants))]);
  const drafts = [...flags, ...counter.burstFlags(s), ...counter.clusterFlags(s), ...transferFlags(transfers, s)];
  const newFlags = await storeFlags(ctx, trx, drafts);
  await upsertSignatures(trx, ctx.dialect, stored);
  await dequeue(trx, queued);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const runId = await insertRun(trx, {
    mode: 'incremental',
    patents: fresh.length,
    candidate_pairs: seen.size,
    new_flags: newFlags,
    seconds,
    finished_at: nowIso(ctx),
  });
  return { patents: fresh.length, candidatePairs: seen.size, oversizedBuckets: 0, newFlags, pairs: found, seconds, runId, phases: {} };
}
