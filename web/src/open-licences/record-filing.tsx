import { App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OpenLicence } from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordLicenceFiling } from '../api/open-licences';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';

/** "— not yet filed" and the button with which either party enters CNIPA's filing number and date. */
export function RecordFiling({ licence }: { licence: OpenLicence }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ number: string; date: Dayjs }>();
  const onError = useApiError(form);
  const save = useMutation({
    mutationFn: (v: { number: string; date: Dayjs }) => recordLicenceFiling(licence.id, { number: v.number, date: v.date.format('YYYY-MM-DD') }),
    onSuccess: () => {
      void message.success(t('ol.done'));
      void client.invalidateQueries({ queryKey: queryKeys.openLicences });
      setOpen(false);
    },
    onError,
  });
  return (
    <>
      <Typography.Text type="secondary">{t('ol.notFiled')}</Typography.Text>{' '}
      <Button size="small" onClick={() => setOpen(true)}>
        {t('ol.recordFiling')}
      </Button>
      <Modal
        open={open}
        title={t('ol.recordFiling')}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="cnipa-filing" initialValues={{ date: dayjs() }}>
          <Form.Item name="number" label={t('ol.actNumber')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="date" label={t('ol.actDate')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
