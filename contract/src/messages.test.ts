import { describe, expect, it } from 'vitest';
import { message, messageCatalogue, messageText } from './messages.js';

describe('the message catalogue', () => {
  it('has Chinese and English for every code, with the same parameters, and no Chinese in English', () => {
    for (const [code, { zh, en }] of Object.entries(messageCatalogue)) {
      const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(params(en), code).toEqual(params(zh));
      expect(/[\u4e00-\u9fff]/.test(en), code).toBe(false);
    }
  });

  it('renders a coded message in either language', () => {
    const m = message('calendar.year_unarranged', { year: 2027 });
    expect(m.text).toBe('2027年节假日安排未录入，期限按自然工作日估算');
    expect(messageText(m, 'zh')).toBe(m.text);
    expect(messageText(m, 'en')).toBe('The 2027 public holiday arrangement has not been entered; the deadline is estimated on weekdays only');
  });
});
