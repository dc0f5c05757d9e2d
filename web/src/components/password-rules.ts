import type { FormRule } from 'antd';
import { passwordProblemMessage } from '@zhichan/contract';
import { messageInUiLanguage } from '../i18n/ui-language';

/**
 * What the policy (等保三级, declared in the contract) says of a new password in the interface language, or null. A blank value
 * passes here: the field's `required` rule says so once, instead of two messages under the field.
 */
export function passwordPolicyMessage(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const problem = passwordProblemMessage(typeof value === 'string' ? value : '');
  return problem ? messageInUiLanguage(problem) : null;
}

/** Checks a new password against the platform policy; pair it with a `required` rule. */
export const passwordPolicyRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    const problem = passwordPolicyMessage(value);
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
