/**
 * Stable codes of the platform's own error bodies (`error` in `{error, message, fields?}`), each with its
 * Chinese message. Modules' refusals carry their own codes (`not_found`, `conflict`, `locked`…); these are
 * the ones the error handler gives to failures it recognises but nobody threw on purpose.
 */
export const platformErrorMessages = {
  validation: '请求参数有误',
  rate_limited: '请求过于频繁，请稍后再试',
  /** The database refused a value: a character it cannot store, a number out of range, a malformed date. */
  invalid_data: '提交的内容含有无法保存的字符或数值，请检查后重试',
  /** A required value is missing or a rule of the table is broken (NOT NULL, CHECK). */
  constraint_violation: '提交的内容不完整或不符合规则，请检查后重试',
  /** A foreign key: the record referred to does not exist, or others still refer to this one. */
  reference_violation: '引用的记录不存在，或该记录仍被其他数据引用',
  /** A unique key: a race between two identical writes. */
  conflict: '记录已存在，不能重复提交',
  internal: '服务器内部错误，已记录，请稍后重试',
} as const;
export type PlatformErrorCode = keyof typeof platformErrorMessages;
