import { App, Button, DatePicker, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { normaliseUscc, ZUsccCode } from '@zhichan/contract';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addGiUser } from '../api/marks';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { zodRule } from '../components/zod-rule';

interface UserValues {
  name: string;
  creditCode?: string;
  authorisedOn?: Dayjs;
  expiresOn?: Dayjs;
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** 新增专用标志使用人: name, credit code (links the user to its enterprise when registered), authorisation dates. */
export function GiUserForm({ giId }: { giId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<UserValues>();
  const onError = useApiError(form);
  const add = useMutation({
    mutationFn: (v: UserValues) =>
      addGiUser(giId, {
        name: v.name,
        creditCode: v.creditCode ? normaliseUscc(v.creditCode) : undefined,
        authorisedOn: day(v.authorisedOn),
        expiresOn: day(v.expiresOn),
      }),
    onSuccess: (gi) => {
      client.setQueryData(queryKeys.geoIndication(giId), gi);
      void client.invalidateQueries({ queryKey: [...queryKeys.geoIndications, 'list'] });
      void message.success(t('gi.userAdded'));
      form.resetFields();
    },
    onError,
  });
  return (
    <Form<UserValues> name="gi-user" form={form} layout="inline" className="inline-form" onFinish={(v) => add.mutate(v)}>
      <Form.Item
        name="name"
        label={t('gi.userName')}
        rules={[
          { required: true, message: t('common.required', { field: t('gi.userName') }) },
          { min: 2, max: 100 },
        ]}
      >
        <Input style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="creditCode" label={t('gi.creditCode')} rules={[zodRule(ZUsccCode)]}>
        <Input className="mono" style={{ width: 220 }} spellCheck={false} />
      </Form.Item>
      <Form.Item name="authorisedOn" label={t('gi.authorisedOn')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('gi.expiresOn')}>
        <DatePicker />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('gi.addUser')}
        </Button>
      </Form.Item>
    </Form>
  );
}
