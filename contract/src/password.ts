import { message, type Message } from './messages.js';

/**
 * Password policy (MLPS 2.0 level 3 / 等保三级): at least 8 characters drawn from at least
 * 3 of the 4 classes lower-case, upper-case, digits and symbols.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Counts the character classes a password uses. */
export function passwordClasses(pw: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
}

/** The coded message (catalogue `password.*`) when the password breaks the policy, else null. */
export function passwordProblemMessage(pw: string): Message | null {
  if (pw.length < PASSWORD_MIN_LENGTH) return message('password.too_short', { minimum: PASSWORD_MIN_LENGTH });
  if (pw.length > PASSWORD_MAX_LENGTH) return message('password.too_long', { maximum: PASSWORD_MAX_LENGTH });
  if (passwordClasses(pw) < 3) return message('password.classes');
  return null;
}

/** Returns a Chinese message when the password breaks the policy, else null. */
export function passwordProblem(pw: string): string | null {
  return passwordProblemMessage(pw)?.text ?? null;
}
