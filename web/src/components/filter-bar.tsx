import { Button, Form, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A search form above a list: the fields, 查询 and 重置. `values` are the filters currently in the
 * address, so the form shows what the list is filtered by.
 */
export function FilterBar<T extends object>({ values, onSearch, children }: { values: T; onSearch(v: T): void; children: ReactNode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const key = JSON.stringify(values);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(JSON.parse(key) as Parameters<typeof form.setFieldsValue>[0]);
  }, [form, key]);
  return (
    <Form<T> name="filter" form={form} layout="inline" onFinish={onSearch} className="filter-bar" role="search">
      {children}
      <Space>
        <Button type="primary" htmlType="submit">
          {t('action.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({} as T);
          }}
        >
          {t('action.reset')}
        </Button>
      </Space>
    </Form>
  );
}
