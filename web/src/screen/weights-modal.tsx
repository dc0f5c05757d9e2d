import { App, Form, InputNumber, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScreenData, ScreenIndicator } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { saveIndexWeights } from '../api/screen';
import { useApiError } from '../components/use-api-error';

/** Edits the composite index weights of the screen's region (indicator.manage). */
export function WeightsModal({ data, meta, open, onClose }: { data: ScreenData; meta: (key: string) => ScreenIndicator; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Record<string, number>>();
  const showError = useApiError(form);
  const save = useMutation({
    mutationFn: (values: Record<string, number>) =>
      saveIndexWeights({ region: data.region.code, weights: Object.entries(values).map(([key, weight]) => ({ key, weight: weight || 0 })) }),
    onSuccess: async () => {
      void message.success(t('screen.weightsSaved'));
      await client.invalidateQueries({ queryKey: ['screen'] });
      onClose();
    },
    onError: showError,
  });
  const keys = [...new Set([...data.index.weights.map((w) => w.key), ...data.mapIndicators])];
  const initial = Object.fromEntries(keys.map((k) => [k, data.index.weights.find((w) => w.key === k)?.weight ?? 0]));
  return (
    <Modal open={open} title={t('screen.editWeights')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <Form form={form} layout="horizontal" labelCol={{ span: 14 }} initialValues={initial} onFinish={(v) => save.mutate(v)}>
        {keys.map((k) => (
          <Form.Item key={k} name={k} label={i18n.language === 'en' ? meta(k).en : meta(k).zh}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
