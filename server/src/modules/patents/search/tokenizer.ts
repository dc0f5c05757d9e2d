/**
 * Character-bigram tokenizer (字二元切分) for exact Chinese substring search.
 *
 * Text is folded (full-width → ASCII, lower-case) and cut into maximal runs of letters and digits
 * (CJK, Latin, any script). Each run yields its overlapping bigrams followed by its last character as
 * a unigram: "锂电池" → 锂电 电池 池. Any query of 2+ characters inside a run is then a phrase of
 * consecutive bigrams; a 1-character query is a prefix token (it starts a bigram or is the run's last
 * character); the trailing unigram also marks the run boundary, so a phrase never matches across
 * punctuation. Word segmentation (jieba) misses ambiguous splits (根据地基 → 根据地/基 loses 地基);
 * bigrams cannot.
 */

/** Folded code unit of every BMP character that belongs to a run, 0 for separators. */
const FOLD = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const word = /^[\p{L}\p{N}]$/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    // Full-width forms U+FF01..FF5E (ＡＢＣ１２３) are their ASCII counterparts, as the query parser reads them.
    const base = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
    const ch = String.fromCharCode(base);
    if (!word.test(ch)) continue;
    const lower = ch.toLowerCase();
    // Keep the character when lower-casing changes its length (İ → i̇): one unit in, one unit out.
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : base;
  }
  return table;
}

const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;
let buffer = new Uint16Array(1 << 14);
const decoder = new TextDecoder('utf-16le');

/** The folded character runs of a text (what the index sees), e.g. "CPU模块，4G" → ["cpu模块", "4g"]. */
export function foldRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let ch = '';
    const low = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      if (ASTRAL_WORD.test(pair)) ch = pair;
      i++;
    } else if (FOLD[c]) ch = String.fromCharCode(FOLD[c] as number);
    if (ch) run += ch;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** True when the text is plain BMP (no surrogates): the fast path below handles it. */
function isBmp(text: string): boolean {
  return !/[\ud800-\udfff]/.test(text);
}

/**
 * Index text of a field: space-separated bigrams and run-end unigrams, e.g. "锂电池，4G" →
 * "锂电 电池 池 4g g". Fast path over a reusable UTF-16 buffer (ingest runs this on ~600 chars a patent).
 */
export function indexText(text: string | null | undefined): string {
  if (!text) return '';
  if (!isBmp(text)) return foldRuns(text).map(runTokensForIndex).flat().join(' ');
  if (buffer.length < text.length * 4 + 8) buffer = new Uint16Array(text.length * 4 + 8);
  const out = buffer;
  let o = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = FOLD[text.charCodeAt(i)] as number;
    if (c) {
      if (prev) {
        out[o++] = prev;
        out[o++] = c;
        out[o++] = 32;
      }
      prev = c;
    } else if (prev) {
      out[o++] = prev;
      out[o++] = 32;
      prev = 0;
    }
  }
  if (prev) {
    out[o++] = prev;
    out[o++] = 32;
  }
  return o === 0 ? '' : decoder.decode(out.subarray(0, o - 1));
}

/** Index tokens of one folded run: its bigrams then its last character. */
function runTokensForIndex(run: string): string[] {
  const chars = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push((chars[i] as string) + (chars[i + 1] as string));
  tokens.push(chars[chars.length - 1] as string);
  return tokens;
}

/** Index text of several values (names): each value is its own runs, so no run spans two names. */
export function indexValues(values: readonly string[]): string {
  return values
    .map(indexText)
    .filter((t) => t.length > 0)
    .join(' ');
}

/** A query term as a phrase of index tokens; `prefix` marks the last token as a prefix (1-character end). */
export interface TermPhrase {
  tokens: string[];
  prefix: boolean;
}

/**
 * Phrase that finds every text containing `value` (after folding). Single run: its bigrams, or a
 * prefix token for one character. Several runs ("4G/5G", "锂电池 正极"): the first run must end a
 * run of the text (bigrams + unigram), middle runs must be whole runs, the last must start one.
 * Returns null when the value has no letters or digits.
 */
export function termPhrase(value: string): TermPhrase | null {
  const runs = foldRuns(value);
  if (runs.length === 0) return null;
  const tokens: string[] = [];
  let prefix = false;
  runs.forEach((run, i) => {
    const chars = [...run];
    for (let j = 0; j + 1 < chars.length; j++) tokens.push((chars[j] as string) + (chars[j + 1] as string));
    const last = i === runs.length - 1;
    if (!last) tokens.push(chars[chars.length - 1] as string);
    else if (chars.length === 1) {
      tokens.push(chars[0] as string);
      prefix = true;
    }
  });
  return { tokens, prefix };
}

/**
 * What the index promises for a term, as a plain JS predicate: the folded runs of `value` occur in
 * `text` consecutively (first as a run suffix, middle runs whole, last as a run prefix). For one run this
 * is a case-insensitive substring test. Tests and the benchmark compare the index against it.
 */
export function textContainsTerm(text: string, value: string): boolean {
  const q = foldRuns(value);
  if (q.length === 0) return false;
  const t = foldRuns(text);
  if (q.length === 1) return t.some((run) => run.includes(q[0] as string));
  for (let i = 0; i + q.length <= t.length; i++) {
    const ok = q.every((part, j) => {
      const run = t[i + j] as string;
      if (j === 0) return run.endsWith(part);
      if (j === q.length - 1) return run.startsWith(part);
      return run === part;
    });
    if (ok) return true;
  }
  return false;
}

/** The text folded one UTF-16 unit for one (full-width → ASCII, lower-case), so indexes into it are indexes into the text. */
export function foldSameLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = FOLD[c] as number;
    out += f ? String.fromCharCode(f) : text[i];
  }
  return out;
}
