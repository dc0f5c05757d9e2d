import { createHash } from 'node:crypto';

/**
 * The reproducible draw of 双随机一公开: a seeded PRNG (sfc32, state from the SHA-256 of the seed text), a
 * Fisher–Yates shuffle of the sorted candidate ids, so the same seed and the same pool give the same draw on any
 * machine. Nothing here reads a clock or Math.random.
 */
export function seededRandom(seed: string): () => number {
  const h = createHash('sha256').update(seed, 'utf8').digest();
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The first `n` of the ids in a seeded shuffle (ids sorted first, so the pool's order never matters). */
export function pick(ids: readonly number[], n: number, rand: () => number): number[] {
  const a = [...new Set(ids)].sort((x, y) => x - y);
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = a[i] as number;
    a[i] = a[j] as number;
    a[j] = tmp;
  }
  return a.slice(0, Math.max(0, Math.min(n, a.length)));
}

export interface DrawPool {
  agencies: number[];
  inspectors: number[];
}
export interface DrawnObject {
  agencyId: number;
  inspectorIds: number[];
}

/** How many objects a share draws: the percentage of the pool, rounded up, at least one of a non-empty pool. */
export const objectsToDraw = (poolSize: number, sharePercent: number) => (poolSize === 0 ? 0 : Math.max(1, Math.ceil((poolSize * sharePercent) / 100)));

/**
 * The plan's draw from its seed: the objects (agencies) first, then for each object in order its inspectors,
 * all from one stream of the seeded generator.
 */
export function drawPlan(seed: string, pool: DrawPool, sharePercent: number, perObject: number): DrawnObject[] {
  const rand = seededRandom(seed);
  const agencies = pick(pool.agencies, objectsToDraw(pool.agencies.length, sharePercent), rand);
  return agencies.map((agencyId) => ({ agencyId, inspectorIds: pick(pool.inspectors, perObject, rand) }));
}

/** The seed of the n-th recusal redraw of an object: derived from the plan's seed, recorded with the new inspector. */
export const recusalSeed = (planSeed: string, objectId: number, n: number) => `${planSeed}/回避/${objectId}/${n}`;

/** A recusal redraw: one inspector from the pool, never one already on (or recused from) the object. */
export function redraw(seed: string, pool: readonly number[], exclude: readonly number[]): number | null {
  const left = pool.filter((id) => !exclude.includes(id));
  return pick(left, 1, seededRandom(seed))[0] ?? null;
}
