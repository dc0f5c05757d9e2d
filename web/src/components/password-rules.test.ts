import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { passwordPolicyMessage } from './password-rules';

describe('password policy rule', () => {
  it('leaves a blank password to the required rule, so only one message shows', () => {
    expect(passwordPolicyMessage('')).toBeNull();
    expect(passwordPolicyMessage(undefined)).toBeNull();
  });
  it('names what a short or simple password lacks', () => {
    expect(passwordPolicyMessage('Ab1!')).toMatch(/密码至少\d+位/);
    expect(passwordPolicyMessage('abcdefghijkl')).toBe('密码须包含大写字母、小写字母、数字、符号中的至少三类');
    expect(passwordPolicyMessage('Zhichan#2026ok')).toBeNull();
  });
  it('says it in English in the English interface', async () => {
    await i18next.changeLanguage('en');
    expect(passwordPolicyMessage('Ab1!')).toBe('A password has at least 8 characters');
    expect(passwordPolicyMessage('abcdefghijkl')).toBe('A password must use at least three of: upper-case letters, lower-case letters, digits, symbols');
  });
  beforeAll(async () => {
    await i18next.init({ lng: 'zh-CN', resources: {} });
  });
  afterEach(async () => {
    await i18next.changeLanguage('zh-CN');
  });
});
