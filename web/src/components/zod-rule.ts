import type { FormRule } from 'antd';
import type { z } from 'zod';

/**
 * An antd form rule that checks a value with a contract schema and shows its first message. Blank
 * values pass: a separate `required` rule says so once, instead of two messages under the field.
 */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/** Turns blank strings into undefined so optional fields are left out of the request. */
export function blankToUndefined<T extends object>(values: T): { [K in keyof T]: Exclude<T[K], ''> | undefined } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) out[k] = typeof v === 'string' && v.trim() === '' ? undefined : v;
  return out as { [K in keyof T]: Exclude<T[K], ''> | undefined };
}
