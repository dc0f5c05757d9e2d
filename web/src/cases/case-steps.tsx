import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { AttachmentKind } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchWorkflow } from '../api/workflow';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { AttachmentUpload } from '../workflow/attachment-upload';

/** How a step's field is entered. */
export type FieldKind = 'date' | 'text' | 'long' | 'number' | 'bool' | 'select' | 'checks' | 'attachment';

export interface FieldDef {
  name: string;
  label: string;
  kind: FieldKind;
  optional?: boolean;
  /** select and checks: the choices. */
  options?: { value: string; label: string }[];
  /** attachment: the kind of file uploaded. */
  attachmentKind?: AttachmentKind;
  /** An empty optional value is sent as null (rather than left out). */
  nullIfEmpty?: boolean;
}

/** One step: the server's action code (as the workflow view names it), the path it posts to, its fields. */
export interface CaseStepDef {
  action: string;
  path: string;
  fields: FieldDef[];
  /** Fixed parts of the body (e.g. the triage outcome of 移交 or 办结). */
  extra?: Record<string, unknown>;
}

function toBody(fields: FieldDef[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === 'bool') body[f.name] = v === true;
    else if (f.kind === 'checks') {
      const on = new Set((v as string[] | undefined) ?? []);
      body[f.name] = Object.fromEntries((f.options ?? []).map((o) => [o.value, on.has(o.value)]));
    } else if (v === undefined || v === null || v === '') {
      if (f.nullIfEmpty) body[f.name] = null;
    } else if (f.kind === 'date') body[f.name] = (v as Dayjs).format('YYYY-MM-DD');
    else if (f.kind === 'attachment') body[f.name] = (v as number[])[0];
    else body[f.name] = v;
  }
  return body;
}

/**
 * The buttons of the steps the server allows this user now (the workflow view's allowed actions, labelled as the
 * workflow labels them), each opening a small form with the facts the step records.
 */
export function CaseSteps({
  recordType,
  id,
  steps,
  post,
  invalidate,
}: {
  recordType: string;
  id: number;
  steps: CaseStepDef[];
  post: (path: string, body: object) => Promise<unknown>;
  invalidate: QueryKey;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState<CaseStepDef | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const onError = useApiError(form);
  const workflow = useQuery({ queryKey: queryKeys.workflow(recordType, id), queryFn: () => fetchWorkflow(recordType, id) });
  const allowed = new Map((workflow.data?.allowedActions ?? []).map((a) => [a.action, a.label]));
  const run = useMutation({
    mutationFn: (s: { step: CaseStepDef; values: Record<string, unknown> }) => post(s.step.path, { ...s.step.extra, ...toBody(s.step.fields, s.values) }),
    onSuccess: () => {
      void message.success(t('caseUi.done'));
      void client.invalidateQueries({ queryKey: invalidate });
      void client.invalidateQueries({ queryKey: ['workflow'] });
      void client.invalidateQueries({ queryKey: ['attachments'] });
      void client.invalidateQueries({ queryKey: queryKeys.workQueue });
      setOpen(null);
      form.resetFields();
    },
    onError,
  });
  const available = steps.filter((s) => allowed.has(s.action));
  if (available.length === 0) return null;
  const label = (a: string) => allowed.get(a) ?? a;
  return (
    <Space wrap>
      {available.map((s) => (
        <Button key={s.action} onClick={() => setOpen(s)}>
          {label(s.action)}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? label(open.action) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => form.submit()}
        okText={t('action.submit')}
        cancelText={t('action.cancel')}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        {open && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(values) => run.mutate({ step: open, values })}
            initialValues={Object.fromEntries(open.fields.filter((f) => f.kind === 'date').map((f) => [f.name, dayjs()]))}
          >
            {open.fields.length === 0 && <p>{t('caseUi.confirmStep')}</p>}
            {open.fields.map((f) => (
              <Form.Item
                key={f.name}
                name={f.name}
                label={f.label}
                valuePropName={f.kind === 'bool' ? 'checked' : 'value'}
                rules={f.optional || f.kind === 'bool' || f.kind === 'checks' ? [] : [{ required: true, message: t('caseUi.required', { field: f.label }) }]}
              >
                {f.kind === 'date' ? (
                  <DatePicker style={{ width: '100%' }} aria-label={f.label} />
                ) : f.kind === 'number' ? (
                  <InputNumber min={0} style={{ width: '100%' }} aria-label={f.label} />
                ) : f.kind === 'bool' ? (
                  <Switch aria-label={f.label} />
                ) : f.kind === 'select' ? (
                  <Select aria-label={f.label} options={f.options} />
                ) : f.kind === 'checks' ? (
                  <Checkbox.Group options={f.options} aria-label={f.label} style={{ display: 'flex', flexDirection: 'column' }} />
                ) : f.kind === 'attachment' ? (
                  <AttachmentUpload kind={f.attachmentKind ?? 'other'} />
                ) : f.kind === 'long' ? (
                  <Input.TextArea rows={3} aria-label={f.label} />
                ) : (
                  <Input aria-label={f.label} />
                )}
              </Form.Item>
            ))}
          </Form>
        )}
      </Modal>
    </Space>
  );
}
