import { Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApiError } from '../components/use-api-error';

/** A field the prompt asks for: a line, several lines, a date, or a choice. */
export interface PromptField {
  name: string;
  label: string;
  kind?: 'line' | 'lines' | 'date' | 'select';
  options?: { value: string; label: string }[];
  required?: boolean;
}

/**
 * A button that asks for a few values in a dialog before a step (reasons of a refusal, CNIPA's number and date):
 * dates come back as YYYY-MM-DD, several lines as a list of non-empty lines.
 */
export function PromptButton(props: {
  label: string;
  title: string;
  fields: PromptField[];
  danger?: boolean;
  onSubmit: (values: Record<string, string | string[]>) => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Record<string, string | Dayjs>>();
  const onError = useApiError(form);
  const finish = async (v: Record<string, string | Dayjs | undefined>) => {
    const out: Record<string, string | string[]> = {};
    for (const f of props.fields) {
      const x = v[f.name];
      if (x === undefined || x === '') continue;
      if (f.kind === 'date') out[f.name] = (x as Dayjs).format('YYYY-MM-DD');
      else if (f.kind === 'lines')
        out[f.name] = String(x)
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
      else out[f.name] = String(x);
    }
    setBusy(true);
    try {
      await props.onSubmit(out);
      setOpen(false);
      form.resetFields();
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" danger={props.danger} onClick={() => setOpen(true)}>
        {props.label}
      </Button>
      <Modal title={props.title} open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" name={`prompt-${props.label}`} onFinish={(v) => void finish(v)}>
          {props.fields.map((f) => (
            <Form.Item key={f.name} name={f.name} label={f.label} rules={f.required === false ? [] : [{ required: true }]}>
              {f.kind === 'lines' ? (
                <Input.TextArea rows={3} />
              ) : f.kind === 'date' ? (
                <DatePicker />
              ) : f.kind === 'select' ? (
                <Select options={f.options} />
              ) : (
                <Input />
              )}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
