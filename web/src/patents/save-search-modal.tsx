import { App, Form, Input, Modal, Switch, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../api/query-keys';
import { createSavedSearch } from '../api/saved-searches';
import { useApiError } from '../components/use-api-error';

interface SaveValues {
  name: string;
  alert: boolean;
}

/** 保存检索式: asks for a name; with the alert on, new matches after each import are notified in the app. */
export function SaveSearchModal({ query, onClose }: { query: string; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<SaveValues>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: SaveValues) => createSavedSearch({ name: v.name, query, alert: v.alert }),
    onSuccess: (s) => {
      void message.success(s.alert ? t('saved.createdWithAlert', { count: s.lastMatchCount }) : t('saved.created'));
      void client.invalidateQueries({ queryKey: queryKeys.savedSearches });
      onClose();
    },
    onError,
  });
  const defaultName = [...query].length > 30 ? `${[...query].slice(0, 30).join('')}…` : query;
  return (
    <Modal
      open
      title={t('saved.saveTitle')}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<SaveValues> name="save-search" form={form} layout="vertical" initialValues={{ name: defaultName, alert: true }} onFinish={(v) => save.mutate(v)}>
        <Typography.Paragraph>
          {t('saved.query')}：<code className="mono">{query}</code>
        </Typography.Paragraph>
        <Form.Item
          name="name"
          label={t('saved.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('saved.name') }) }, { max: 100 }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="alert" label={t('saved.alert')} valuePropName="checked" extra={t('saved.alertHint')}>
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
