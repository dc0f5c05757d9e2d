import { Form, Input, Typography } from 'antd';
import type { FormRule } from 'antd';
import { findUsccProblem, message, normaliseUscc, usccOtherProvince, usccProblemCodes } from '@zhichan/contract';
import { messageInUiLanguage } from '../i18n/ui-language';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../components/region-picker';
import { regionLevelOfCode } from '../components/region-level';

/** Checks the unified social credit code (GB 32100) as typed, with the contract's messages in the interface language. */
const creditCodeRule: FormRule = {
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    const problem = findUsccProblem(normaliseUscc(value));
    if (problem) throw new Error(messageInUiLanguage(message(usccProblemCodes[problem])));
  },
};

/**
 * Warns (without blocking the submission) when the code's registration authority lies in another province
 * than the chosen region, e.g. a 3501… (福州) code for a 任城区 enterprise.
 */
const creditCodeProvinceRule: FormRule = ({ getFieldValue }) => ({
  warningOnly: true,
  validator: async (_rule, value: unknown) => {
    if (typeof value !== 'string' || findUsccProblem(normaliseUscc(value))) return;
    const region = usccOtherProvince(value, getFieldValue(['enterprise', 'regionCode']) as string | undefined);
    if (region) throw new Error(messageInUiLanguage(message('uscc.other_province', { region })));
  },
});

/** The enterprise half of the registration form: name, credit code, region, industry, address, legal representative. */
export function RegisterEnterpriseFields() {
  const { t } = useTranslation();
  const req = (field: string) => ({ required: true, message: t('common.required', { field }) });
  const regionRule: FormRule = {
    validator: async (_rule, value: unknown) => {
      if (typeof value === 'string' && regionLevelOfCode(value) < 3) throw new Error(t('register.regionTooHigh'));
    },
  };
  return (
    <fieldset className="form-section">
      <Typography.Title level={2} className="form-section-title">
        {t('register.enterprise')}
      </Typography.Title>
      <Form.Item name={['enterprise', 'name']} label={t('register.name')} rules={[req(t('register.name')), { min: 2, max: 100 }]}>
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item
        name={['enterprise', 'creditCode']}
        label={t('register.creditCode')}
        extra={t('register.creditCodeHint')}
        rules={[req(t('register.creditCode')), creditCodeRule, creditCodeProvinceRule]}
        dependencies={[['enterprise', 'regionCode']]}
        normalize={(v: string) => v.toUpperCase()}
        validateDebounce={300}
      >
        <Input maxLength={22} spellCheck={false} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name={['enterprise', 'regionCode']}
        label={t('register.region')}
        extra={t('register.regionHint')}
        rules={[{ required: true, message: t('register.regionTooHigh') }, regionRule]}
      >
        <RegionPicker />
      </Form.Item>
      <Form.Item name={['enterprise', 'industry']} label={t('register.industry')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name={['enterprise', 'address']} label={t('register.address')} rules={[{ max: 200 }]}>
        <Input autoComplete="street-address" />
      </Form.Item>
      <Form.Item name={['enterprise', 'legalRepresentative']} label={t('register.legalRepresentative')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
    </fieldset>
  );
}
