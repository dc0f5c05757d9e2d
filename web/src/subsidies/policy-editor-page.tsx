import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PolicyEvaluation, SubsidyPolicyBody } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { createSubsidyPolicy, fetchPolicyVersions, revisePolicy, trialPolicy } from '../api/subsidy-policies';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { Computation } from './computation';

/** A sample loan for 试算 (1,000,000 yuan at 3.9 % signed 2025-02-20, a year of interest): staff edit it freely. */
const SAMPLE = {
  policyKey: 'sample',
  bank: '样例银行',
  principal: 1_000_000,
  ratePct: 3.9,
  contractDate: '2025-02-20',
  termMonths: 12,
  interestFrom: '2025-03-01',
  interestTo: '2026-02-28',
  interestPaid: 39_000,
  flags: { sme: true, smallMicro: false, independentLegalPerson: true, pledgorIsHolder: true, firstPledge: true, insured: false, guaranteed: false },
};
const NEW_RULE = { version: 1, base: { kind: 'fact_share', fact: 'interestPaid', sharePct: 50 }, conditions: [], bonuses: [], caps: [] };

type Values = Omit<SubsidyPolicyBody, 'rule'> & { key?: string; rule: string; sample: string };

/** JSON text parsed, or the form's error for that field. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * 政策编辑: a policy's words and its rule as structured JSON (validated by the server's policy schema, each bad field
 * named), with 试算 of the draft against a sample loan; saving makes a new version, earlier applications keep theirs.
 */
export function PolicyEditorPage() {
  const { t } = useTranslation();
  const key = useParams().key;
  const isNew = key === undefined;
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useApiError(form);
  const [ruleErrors, setRuleErrors] = useState<[string, string][]>([]);
  const [trial, setTrial] = useState<PolicyEvaluation | null>(null);
  const versions = useQuery({ queryKey: [...queryKeys.subsidies, 'policy-versions', key], queryFn: () => fetchPolicyVersions(key ?? ''), enabled: !isNew });
  const current = versions.data?.items[0];
  const catchRule = (err: unknown) => {
    setRuleErrors(err instanceof ApiError ? Object.entries(err.fields).filter(([p]) => p.startsWith('rule') || p.startsWith('sample')) : []);
    onError(err);
  };
  const readJson = (field: 'rule' | 'sample'): unknown => {
    const parsed = parseJson(form.getFieldValue(field) as string);
    if (!parsed.ok) {
      form.setFields([{ name: field, errors: [t('policyAdmin.badJson')] }]);
      throw new Error(t('policyAdmin.badJson'));
    }
    return parsed.value;
  };
  const run = useMutation({
    mutationFn: () => trialPolicy({ rule: readJson('rule'), sample: readJson('sample') }),
    onSuccess: (r) => {
      setRuleErrors([]);
      setTrial(r.evaluation);
    },
    onError: catchRule,
  });
  const save = useMutation({
    mutationFn: async () => {
      const v = await form.validateFields();
      const body = {
        name: v.name,
        nameEn: v.nameEn,
        scope: v.scope,
        scopeEn: v.scopeEn,
        summary: v.summary,
        summaryEn: v.summaryEn,
        note: v.note,
        rule: readJson('rule'),
      };
      return isNew ? createSubsidyPolicy({ ...body, key: v.key ?? '' }) : revisePolicy(key, body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.subsidies });
      void navigate('/subsidies/policies');
    },
    onError: catchRule,
  });
  const ready = isNew || current !== undefined;
  const title = isNew ? t('policyAdmin.newTitle') : t('policyAdmin.editTitle', { name: current?.name ?? key });
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{title}</Typography.Title>
      <Typography.Paragraph>
        {t('policyAdmin.intro')} <Link to="/subsidies/policies">{t('policyAdmin.back')}</Link>
      </Typography.Paragraph>
      {!isNew && current && <Typography.Paragraph>{t('policyAdmin.versionNow', { version: current.versionNo })}</Typography.Paragraph>}
      {ready && (
        <Form
          form={form}
          layout="vertical"
          name="policy-editor"
          initialValues={{
            name: current?.name,
            nameEn: current?.nameEn,
            scope: current?.scope,
            scopeEn: current?.scopeEn,
            summary: current?.summary,
            summaryEn: current?.summaryEn,
            rule: JSON.stringify(current?.rule ?? NEW_RULE, null, 2),
            sample: JSON.stringify(SAMPLE, null, 2),
          }}
        >
          <Card title={<h2 className="card-title">{t('policyAdmin.words')}</h2>}>
            {isNew && (
              <Form.Item
                name="key"
                label={t('policyAdmin.key')}
                extra={t('policyAdmin.keyHint')}
                rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/ }]}
              >
                <Input maxLength={40} />
              </Form.Item>
            )}
            <Form.Item name="name" label={t('policyAdmin.name')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('policyAdmin.nameEn')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="scope" label={t('policyAdmin.scope')} rules={[{ required: true }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="scopeEn" label={t('policyAdmin.scopeEn')} rules={[{ required: true }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="summary" label={t('policyAdmin.summary')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="summaryEn" label={t('policyAdmin.summaryEn')} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </Card>
          <Card title={<h2 className="card-title">{t('policyAdmin.rule')}</h2>}>
            <Typography.Paragraph>{t('policyAdmin.ruleHint')}</Typography.Paragraph>
            <Form.Item name="rule" label={t('policyAdmin.ruleJson')} rules={[{ required: true }]}>
              <Input.TextArea rows={16} spellCheck={false} className="policy-rule" />
            </Form.Item>
            {ruleErrors.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('policyAdmin.ruleErrors')}
                description={
                  <ul>
                    {ruleErrors.map(([path, msg]) => (
                      <li key={path}>{`${path}：${msg}`}</li>
                    ))}
                  </ul>
                }
              />
            )}
            <Form.Item name="sample" label={t('policyAdmin.sample')}>
              <Input.TextArea rows={8} spellCheck={false} className="policy-rule" />
            </Form.Item>
            <Button onClick={() => run.mutate()} loading={run.isPending}>
              {t('policyAdmin.trial')}
            </Button>
            {trial && (
              <section aria-label={t('policyAdmin.trialResult')}>
                <Typography.Title level={3}>{t('policyAdmin.trialResult')}</Typography.Title>
                <Computation evaluation={trial} />
              </section>
            )}
          </Card>
          <Card>
            <Form.Item name="note" label={t('policyAdmin.note')} rules={[{ required: true }]}>
              <Input maxLength={500} />
            </Form.Item>
            <Button type="primary" onClick={() => save.mutate()} loading={save.isPending}>
              {t('policyAdmin.save')}
            </Button>
          </Card>
        </Form>
      )}
    </Space>
  );
}
