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

/** Returns a Chinese message when the password breaks the policy, else null. */
export function passwordProblem(pw: string): string | null {
  if (pw.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}位`;
  if (pw.length > PASSWORD_MAX_LENGTH) return `密码最多${PASSWORD_MAX_LENGTH}位`;
  if (passwordClasses(pw) < 3) return '密码须包含大写字母、小写字母、数字、符号中的至少三类';
  return null;
}
