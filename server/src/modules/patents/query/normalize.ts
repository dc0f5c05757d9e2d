/**
 * Full-width (全角) punctuation, letters and digits are common when typing with a Chinese input method.
 * Each is mapped to its ASCII counterpart one UTF-16 unit for one, so every index in the normalised
 * string is also an index in the user's original string.
 */
export function normalizeWidth(input: string): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E: （）＝：＞＜＂ＡＮＤ０-９ …
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    // Chinese curly quotes “…” act as the ASCII double quote.
    else if (c === 0x201c || c === 0x201d) out += '"';
    else out += input[i];
  }
  return out;
}

/** Whitespace as the lexer sees it (includes U+3000 and other Unicode spaces). */
export function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** Human character number (1-based, counting code points) of a UTF-16 index, for error messages. */
export function characterNumber(input: string, position: number): number {
  let n = 1;
  for (let i = 0; i < position && i < input.length; i++) {
    const c = input.charCodeAt(i);
    // A surrogate pair is one character: count it at its high half only.
    const isLowOfPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && input.charCodeAt(i - 1) >= 0xd800 && input.charCodeAt(i - 1) <= 0xdbff;
    if (!isLowOfPair) n++;
  }
  return n;
}
