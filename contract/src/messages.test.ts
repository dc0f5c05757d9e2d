import { describe, expect, it } from 'vitest';
import { codeOfText, localText, message, messageCatalogue, messageText, type MessageCode } from './messages.js';
import { platformErrorCodes } from './errors.js';
import { passwordProblemMessage } from './password.js';
import { ZUsccCode, usccProblemCodes } from './uscc.js';
import { ZNewPassword, ZUsername } from './auth.js';

describe('the message catalogue', () => {
  it('has Chinese and English for every code, English without Chinese and without a parameter Chinese lacks', () => {
    for (const [code, { zh, en }] of Object.entries(messageCatalogue)) {
      const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
      expect(zh.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      // English may leave out a Chinese noun parameter (`{{what}}不存在…` → "Not found…"), never add one, except the
      // English counterpart `xEn` of a Chinese label parameter `x` (a workflow's step and status names).
      for (const p of params(en)) expect(params(zh), code).toContain(p?.endsWith('En') ? p.slice(0, -2) : p);
      expect(/[\u3400-\u9fff]/.test(en), code).toBe(false);
    }
  });

  it('renders a coded message in either language', () => {
    const m = message('calendar.year_unarranged', { year: 2027 });
    expect(m.text).toBe('2027年节假日安排未录入，期限按自然工作日估算');
    expect(messageText(m, 'zh')).toBe(m.text);
    expect(messageText(m, 'en')).toBe('The 2027 public holiday arrangement has not been entered; the deadline is estimated on weekdays only');
  });

  it('finds the code of every Chinese text it can produce (the server codes a refusal by its text when thrown without one)', () => {
    for (const code of Object.keys(messageCatalogue) as MessageCode[]) {
      const params = Object.fromEntries([...messageCatalogue[code].zh.matchAll(/\{\{(\w+)\}\}/g)].map((m, i) => [m[1], `值${i}`]));
      expect(codeOfText(message(code, params).text), code).toEqual({ code, params });
    }
    expect(codeOfText('专利不存在或不在您的管辖范围内')).toEqual({ code: 'error.not_found', params: { what: '专利' } });
    expect(codeOfText('没有这条消息')).toBeNull();
  });

  it('keeps the Chinese text in Chinese and renders the code in English', () => {
    const coded = { code: 'auth.locked', params: { time: '14:35' } };
    expect(localText('原文', coded, 'zh')).toBe('原文');
    expect(localText('原文', coded, 'en')).toContain('after 14:35 (Beijing time)');
    expect(localText('原文', { code: 'no.such_code', params: {} }, 'en')).toBe('原文');
    expect(localText('原文', undefined, 'en')).toBe('原文');
  });

  it('codes the platform errors, the password policy, the credit code and the username rules', () => {
    for (const code of Object.values(platformErrorCodes)) expect(messageCatalogue[code].en).not.toBe('');
    expect(passwordProblemMessage('Ab1!')).toMatchObject({ code: 'password.too_short', params: { minimum: 8 } });
    expect(passwordProblemMessage('abcdefgh1')).toMatchObject({ code: 'password.classes' });
    for (const code of Object.values(usccProblemCodes)) expect(messageCatalogue[code].en).toMatch(/credit code/);
    // Refinements carry their code in the issue's params (the server's 400 reads it from there).
    const uscc = ZUsccCode.safeParse('91370800MA3C5LXX1X');
    expect(uscc.error?.issues[0]).toMatchObject({ params: { messageCode: 'uscc.check' } });
    const pw = ZNewPassword.safeParse('short');
    expect(pw.error?.issues[0]).toMatchObject({ params: { messageCode: 'password.too_short', messageParams: { minimum: 8 } } });
    // Built-in checks keep the catalogue's Chinese text, so the text finds its code.
    const name = ZUsername.safeParse('a!');
    expect(name.error?.issues.map((i) => codeOfText(i.message)?.code)).toEqual(['auth.username_too_short', 'auth.username_charset']);
  });
});
