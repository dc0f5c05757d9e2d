import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password.js';

describe('password policy (8+ characters from 3 classes)', () => {
  it.each(['Abcdefg1', 'abcdef1!', 'ABCDEF1!', 'Zhichan@2026', '知产通Ab1!xyz'])('accepts %s', (pw) => {
    expect(passwordProblem(pw)).toBeNull();
  });
  it('refuses short passwords with the length message', () => {
    expect(passwordProblem('Ab1!')).toContain('至少8位');
  });
  it.each(['abcdefgh', 'abcdefg1', 'ABCDEFG!', '12345678', 'abcdEFGH'])('refuses %s (fewer than 3 classes)', (pw) => {
    expect(passwordProblem(pw)).toContain('至少三类');
  });
});
