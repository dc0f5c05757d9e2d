/** A message tree whose leaves are `[中文, English]` pairs, so both languages are written side by side. */
export interface Messages {
  readonly [key: string]: readonly [string, string] | Messages;
}

/** The same tree with the pairs replaced by one language's text. */
export type Localised<T> = { [K in keyof T]: T[K] extends readonly [string, string] ? string : Localised<T[K]> };

/** Picks one language (0 Chinese, 1 English) out of a message tree. */
export function localise<T extends Messages>(tree: T, index: 0 | 1): Localised<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) out[key] = isPair(value) ? value[index] : localise(value, index);
  return out as Localised<T>;
}

function isPair(v: readonly [string, string] | Messages): v is readonly [string, string] {
  return Array.isArray(v);
}
