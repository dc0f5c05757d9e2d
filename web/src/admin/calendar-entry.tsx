import { App, AutoComplete, Button, Card, DatePicker, Form, Input, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCalendarYear, putCalendarYear } from '../api/calendar';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { toBody, toForm, type CalendarForm } from './calendar-form';

const FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'].map((value) => ({ value }));

/**
 * Entering or replacing a year's arrangement as the notice reads: per holiday, the days off and the
 * make-up working days. Prefilled from the stored year when there is one.
 */
export function CalendarEntry({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<CalendarForm>();
  const onError = useApiError(form);
  const stored = useQuery({ queryKey: queryKeys.calendarYear(year), queryFn: () => fetchCalendarYear(year) });
  useEffect(() => {
    if (stored.data) form.setFieldsValue(stored.data.status === 'arranged' ? toForm(stored.data.days, stored.data.source) : { source: '', festivals: [] });
  }, [stored.data, form]);
  const outsideYear = (d: dayjs.Dayjs) => d.year() !== year;
  const save = (v: CalendarForm) =>
    putCalendarYear(year, toBody(v)).then(() => {
      void message.success(t('calendar.saved', { year }));
      void client.invalidateQueries({ queryKey: queryKeys.calendar });
    }, onError);
  return (
    <Card title={<h2 className="card-title">{t('calendar.enter', { year })}</h2>}>
      <Typography.Paragraph type="secondary">{t('calendar.enterHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ source: '', festivals: [] }}>
        <Form.Item name="source" label={t('calendar.source')} rules={[{ required: true, min: 2 }]}>
          <Input placeholder={t('calendar.sourcePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.List name="festivals">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'name']} label={t('calendar.festival')} rules={[{ required: true }]}>
                    <AutoComplete options={FESTIVALS} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'period']} label={t('calendar.period')} rules={[{ required: true }]}>
                    <DatePicker.RangePicker disabledDate={outsideYear} defaultPickerValue={[dayjs(`${year}-01-01`), dayjs(`${year}-01-01`)]} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'makeUp']} label={t('calendar.makeUp')}>
                    <DatePicker multiple disabledDate={(d) => outsideYear(d) || ![0, 6].includes(d.day())} style={{ minWidth: 200 }} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined aria-hidden="true" />} onClick={() => remove(f.name)} aria-label={t('calendar.remove')} />
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" onClick={() => add({ name: '' })} icon={<PlusOutlined aria-hidden="true" />}>
                  {t('calendar.addFestival')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit">
          {t('calendar.save', { year })}
        </Button>
      </Form>
    </Card>
  );
}
