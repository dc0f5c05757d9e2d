import { describe, expect, it } from 'vitest';
import { workbenchCardCatalogue } from './workbench.js';

describe('the workbench cards', () => {
  it('name every card and its hint in Chinese and English, with no Chinese in English', () => {
    for (const [key, c] of Object.entries(workbenchCardCatalogue)) {
      for (const text of [c.zh, c.en, c.hint.zh, c.hint.en]) expect(text.trim(), key).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(c.en + c.hint.en), key).toBe(false);
    }
  });
});
