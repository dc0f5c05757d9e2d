import type { FormRule } from 'antd';
import { passwordProblem } from '@zhichan/contract';

/** Checks a new password against the platform policy (等保三级) declared in the contract. */
export const passwordPolicyRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    const problem = passwordProblem(typeof value === 'string' ? value : '');
    if (problem) throw new Error(problem);
  },
};

/** Checks that a confirmation field repeats the field `other`. */
export function sameAsRule(other: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (value && value !== getFieldValue(other)) throw new Error(message);
    },
  });
}
