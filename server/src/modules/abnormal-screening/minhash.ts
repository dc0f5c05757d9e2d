/**
 * MinHash signatures and LSH banding over character bigrams (二元片段), written here rather than taken from npm:
 * the packages that exist (`minhash`, `minhash-lsh-js`) hash strings one by one into JS objects, which at a
 * million patents costs minutes and gigabytes; Chinese text needs no tokenizer, since a bigram of two UTF-16 units
 * is one 32-bit number. The technique is Broder's (1997): for K hash functions, the minimum hash over a text's
 * shingles; two texts agree on one minimum with probability equal to the Jaccard similarity of their shingle sets.
 * LSH splits the K minima into B bands of R rows; texts that agree on a whole band become candidate pairs, so
 * a pair of similarity s is a candidate with probability 1 − (1 − s^R)^B (B = 12, R = 5: 0.89 at 0.7, 0.99 at
 * 0.8, 0.04 at 0.3). Candidates are then checked on their signatures and, before a flag is raised, exactly.
 */

export const BANDS = 12;
export const ROWS = 5;
export const K = BANDS * ROWS;

/** Odd multipliers and seeds of the K hash functions (fixed: signatures stored by one run are probed by the next). */
const MUL = new Uint32Array(K);
const SEED = new Uint32Array(K);
{
  let s = 0x9e3779b9;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < K; i++) {
    MUL[i] = (next() | 1) >>> 0;
    SEED[i] = next();
  }
}

/** MurmurHash3's finaliser: spreads a 32-bit value over all 32 bits. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Letters, digits and CJK only, lower-cased: punctuation and spaces neither make nor break a shingle. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The sorted, distinct bigram shingles of a text, each the two UTF-16 units packed into one number. */
export function shingles(text: string): Uint32Array {
  const t = normaliseText(text);
  if (t.length < 2) return new Uint32Array(0);
  const out = new Uint32Array(t.length - 1);
  for (let i = 0; i < t.length - 1; i++) out[i] = ((t.charCodeAt(i) << 16) | t.charCodeAt(i + 1)) >>> 0;
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i] as number;
  return out.subarray(0, n);
}

/** The K minima of a shingle set, written into `into` at `offset` (all 0xffffffff for an empty set). */
export function signatureInto(sh: Uint32Array, into: Uint32Array, offset: number): void {
  into.fill(0xffffffff, offset, offset + K);
  for (let j = 0; j < sh.length; j++) {
    const base = mix32(sh[j] as number);
    for (let i = 0; i < K; i++) {
      const h = Math.imul(base ^ (SEED[i] as number), MUL[i] as number) >>> 0;
      if (h < (into[offset + i] as number)) into[offset + i] = h;
    }
  }
}

/** The signature of one shingle set. */
export function signature(sh: Uint32Array): Uint32Array {
  const s = new Uint32Array(K);
  signatureInto(sh, s, 0);
  return s;
}

/** Band b's hash of the signature at `offset`: its R minima combined into one 32-bit number. */
export function bandHash(sig: Uint32Array, offset: number, b: number): number {
  let h = (0x811c9dc5 ^ b) >>> 0;
  for (let r = 0; r < ROWS; r++) h = mix32((h ^ (sig[offset + b * ROWS + r] as number)) >>> 0);
  return h;
}

/** The share of equal minima of two signatures: an unbiased estimate of their texts' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, aOff: number, b: Uint32Array, bOff: number): number {
  let eq = 0;
  for (let i = 0; i < K; i++) if (a[aOff + i] === b[bOff + i]) eq++;
  return eq / K;
}

/** Exact Jaccard similarity and the count of shared shingles of two sorted distinct shingle sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): { similarity: number; shared: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return { similarity: union === 0 ? 0 : shared / union, shared };
}

/**
 * The text cut into runs that are, or are not, covered by a bigram the other text also has (the side-by-side
 * highlight). Characters outside letters and digits stay with the run they sit in.
 */
export function sharedSegments(text: string, other: Uint32Array): { text: string; shared: boolean }[] {
  // The text is shown as written; each character is compared in its normalised form (as shingles() reads it).
  const chars = [...text];
  const norm = chars.map((c) => normaliseText(c));
  const keep = norm.map((n) => n.length > 0);
  const covered = new Array<boolean>(chars.length).fill(false);
  const idx = chars.map((_, i) => i).filter((i) => keep[i] && (norm[i] as string).length === 1);
  const otherSet = new Set(other);
  for (let k = 0; k < idx.length - 1; k++) {
    const a = idx[k] as number;
    const b = idx[k + 1] as number;
    const code = (((norm[a] as string).charCodeAt(0) << 16) | (norm[b] as string).charCodeAt(0)) >>> 0;
    if (otherSet.has(code)) {
      covered[a] = true;
      covered[b] = true;
    }
  }
  const out: { text: string; shared: boolean }[] = [];
  chars.forEach((c, i) => {
    const shared = keep[i] ? (covered[i] as boolean) : (out.at(-1)?.shared ?? false);
    const last = out.at(-1);
    if (last && last.shared === shared) last.text += c;
    else out.push({ text: c, shared });
  });
  return out;
}
