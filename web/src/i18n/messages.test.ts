import { describe, expect, it } from 'vitest';
import { en, zhCN } from './messages';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'string' ? [[`${prefix}${k}`, v]] : leaves(v as object, `${prefix}${k}.`)));
}

describe('interface messages', () => {
  it('has no blank text in either language', () => {
    expect([...leaves(zhCN), ...leaves(en)].filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('has no Chinese left in the English texts', () => {
    expect(leaves(en).filter(([, text]) => /[\u4e00-\u9fff]/.test(text))).toEqual([]);
  });
});
