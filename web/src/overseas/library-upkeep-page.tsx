import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  legalInstitutionKindLabels,
  legalInstitutionKinds,
  overseasDisputeKindLabels,
  overseasDisputeKinds,
  type Expert,
  type LegalInstitution,
  type OverseasCase,
  type OverseasLibrary,
  type RetiredEntry,
  type Workstation,
} from '@zhichan/contract';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchCases,
  fetchInstitutions,
  fetchRetired,
  fetchStaffExperts,
  fetchWorkstations,
  saveCase,
  saveExpert,
  saveInstitution,
  saveWorkstation,
  setRetired,
} from '../api/overseas';
import { DemoTag } from '../components/demo-tag';
import { QueryState } from '../components/query-state';
import { useApiError } from '../components/use-api-error';
import { usePreferences } from '../prefs/preferences';
import { countryName, countryOptions } from './labels';

const KEY = ['overseas'] as const;

/** A list of labels typed freely (industries, fields, languages, conflicts). */
const TagsInput = (props: { id?: string; value?: string[]; onChange?: (v: string[]) => void }) => (
  <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} {...props} />
);

/** An add/edit dialog: the form's values go to `save`; the list reloads after. */
function EntryDialog<V extends object>({
  title,
  open,
  initial,
  onClose,
  save,
  children,
}: {
  title: string;
  open: boolean;
  initial: Partial<V>;
  onClose: () => void;
  save: (v: V) => Promise<unknown>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<V>();
  const onError = useApiError(form);
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => {
      void message.success(t('overseasStaff.saved'));
      void client.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError,
  });
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      okText={t('overseasStaff.save')}
      confirmLoading={mutation.isPending}
      onOk={() => void form.validateFields().then((v) => mutation.mutate(v))}
      destroyOnHidden
      width={720}
    >
      <Form<V> form={form} layout="vertical" name="overseas-entry" initialValues={initial as V}>
        {children}
      </Form>
    </Modal>
  );
}

/** Edit and retire buttons of a row, and the dialog the edit opens. */
function RowActions({ library, id, name, onEdit }: { library: OverseasLibrary; id: number; name: string; onEdit: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiError();
  const retire = useMutation({
    mutationFn: () => setRetired(library, id, true),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
    onError,
  });
  return (
    <Space>
      <Button size="small" onClick={onEdit} aria-label={`${t('overseasStaff.edit')} ${name}`}>
        {t('overseasStaff.edit')}
      </Button>
      <Popconfirm title={`${t('overseasStaff.retire')}：${name}`} onConfirm={() => retire.mutate()} okText={t('overseasStaff.retire')}>
        <Button size="small" danger loading={retire.isPending} aria-label={`${t('overseasStaff.retire')} ${name}`}>
          {t('overseasStaff.retire')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The state of a list's dialog: closed, adding, or editing one row. */
function useDialog<T>() {
  const [state, setState] = useState<{ open: boolean; row: T | null }>({ open: false, row: null });
  return {
    ...state,
    add: () => setState({ open: true, row: null }),
    edit: (row: T) => setState({ open: true, row }),
    close: () => setState({ open: false, row: null }),
  };
}

interface WorkstationForm {
  name: string;
  address: string;
  countries: string[];
  industries: string[];
  contactName: string;
  contactPhone: string;
  establishedOn: Dayjs;
}

function Workstations() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const query = useQuery({ queryKey: [...KEY, 'workstations'], queryFn: fetchWorkstations });
  const dialog = useDialog<Workstation>();
  const r = dialog.row;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={dialog.add}>
        {t('overseasStaff.add')}
        {t('overseasStaff.workstations')}
      </Button>
      <QueryState query={query}>
        {(d) => (
          <Table<Workstation>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('overseasStaff.name'),
                render: (_, w) => (
                  <>
                    {w.name} <DemoTag isDemo={w.isDemo} />
                  </>
                ),
              },
              { title: t('overseasStaff.address'), dataIndex: 'address' },
              { title: t('overseas.countries'), render: (_, w) => w.countries.map((c) => countryName(c, lang)).join('、') },
              { title: t('overseasStaff.contactName'), render: (_, w) => `${w.contactName} ${w.contactPhone}` },
              { title: t('common.actions'), render: (_, w) => <RowActions library="workstation" id={w.id} name={w.name} onEdit={() => dialog.edit(w)} /> },
            ]}
          />
        )}
      </QueryState>
      {dialog.open && (
        <EntryDialog<WorkstationForm>
          open
          title={`${r ? t('overseasStaff.edit') : t('overseasStaff.add')}${t('overseasStaff.workstations')}`}
          onClose={dialog.close}
          initial={r ? { ...r, establishedOn: dayjs(r.establishedOn) } : { countries: [], industries: [], establishedOn: dayjs() }}
          save={(v) => saveWorkstation(r?.id ?? null, { ...v, orgId: r?.orgId ?? null, establishedOn: v.establishedOn.format('YYYY-MM-DD') })}
        >
          <Form.Item name="name" label={t('overseasStaff.name')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="address" label={t('overseasStaff.address')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="countries" label={t('overseasStaff.countries')}>
            <Select mode="tags" options={countryOptions(lang)} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="industries" label={t('overseasStaff.industries')}>
            <TagsInput />
          </Form.Item>
          <Space wrap>
            <Form.Item name="contactName" label={t('overseasStaff.contactName')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="contactPhone" label={t('overseasStaff.contactPhone')} rules={[{ required: true, min: 5 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="establishedOn" label={t('overseasStaff.establishedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Space>
        </EntryDialog>
      )}
    </Space>
  );
}

type ExpertForm = Pick<Expert, 'name' | 'title' | 'employer' | 'fields' | 'countries' | 'languages' | 'available' | 'phone' | 'email' | 'conflicts'>;

function Experts() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const query = useQuery({ queryKey: [...KEY, 'experts', 'manage'], queryFn: fetchStaffExperts });
  const dialog = useDialog<Expert>();
  const r = dialog.row;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={dialog.add}>
        {t('overseasStaff.add')}
        {t('overseasStaff.experts')}
      </Button>
      <QueryState query={query}>
        {(d) => (
          <Table<Expert>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('overseasStaff.expertName'),
                render: (_, e) => (
                  <>
                    {e.name} <DemoTag isDemo={e.isDemo} />
                  </>
                ),
              },
              { title: t('overseasStaff.fields'), render: (_, e) => e.fields.join('、') },
              { title: t('overseas.countries'), render: (_, e) => e.countries.map((c) => countryName(c, lang)).join('、') },
              {
                title: t('overseasStaff.available'),
                render: (_, e) => <Tag color={e.available ? 'green' : 'default'}>{e.available ? t('overseas.available') : t('overseas.unavailable')}</Tag>,
              },
              { title: t('overseasStaff.conflicts'), render: (_, e) => e.conflicts.join('、') },
              { title: t('common.actions'), render: (_, e) => <RowActions library="expert" id={e.id} name={e.name} onEdit={() => dialog.edit(e)} /> },
            ]}
          />
        )}
      </QueryState>
      {dialog.open && (
        <EntryDialog<ExpertForm>
          open
          title={`${r ? t('overseasStaff.edit') : t('overseasStaff.add')}${t('overseasStaff.experts')}`}
          onClose={dialog.close}
          initial={r ?? { fields: [], countries: [], languages: [], conflicts: [], available: true }}
          save={(v) => saveExpert(r?.id ?? null, v)}
        >
          <Space wrap>
            <Form.Item name="name" label={t('overseasStaff.expertName')} rules={[{ required: true, min: 2 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="title" label={t('overseasStaff.title')}>
              <Input />
            </Form.Item>
            <Form.Item name="employer" label={t('overseasStaff.employer')}>
              <Input />
            </Form.Item>
          </Space>
          <Form.Item name="fields" label={t('overseasStaff.fields')} rules={[{ type: 'array', min: 1, message: t('overseasStaff.fields') }]}>
            <TagsInput />
          </Form.Item>
          <Form.Item name="countries" label={t('overseasStaff.countries')}>
            <Select mode="tags" options={countryOptions(lang)} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="languages" label={t('overseasStaff.languages')}>
            <TagsInput />
          </Form.Item>
          <Space wrap>
            <Form.Item name="phone" label={t('overseasStaff.phone')}>
              <Input />
            </Form.Item>
            <Form.Item name="email" label={t('overseasStaff.email')}>
              <Input />
            </Form.Item>
            <Form.Item name="available" label={t('overseasStaff.available')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
          <Form.Item name="conflicts" label={t('overseasStaff.conflicts')}>
            <TagsInput />
          </Form.Item>
        </EntryDialog>
      )}
    </Space>
  );
}

type CaseForm = Pick<OverseasCase, 'title' | 'country' | 'kind' | 'industry' | 'year' | 'summary' | 'outcome' | 'lessons'>;

function Cases() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const query = useQuery({ queryKey: [...KEY, 'cases', 'manage'], queryFn: () => fetchCases({ page: 1, pageSize: 100 }) });
  const dialog = useDialog<OverseasCase>();
  const r = dialog.row;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={dialog.add}>
        {t('overseasStaff.add')}
        {t('overseasStaff.cases')}
      </Button>
      <QueryState query={query}>
        {(d) => (
          <Table<OverseasCase>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('overseasStaff.caseTitle'),
                render: (_, c) => (
                  <>
                    {c.title} <DemoTag isDemo={c.isDemo} />
                  </>
                ),
              },
              { title: t('overseas.country'), render: (_, c) => countryName(c.country, lang) },
              { title: t('overseasStaff.kind'), render: (_, c) => overseasDisputeKindLabels[c.kind][lang] },
              { title: t('overseasStaff.year'), dataIndex: 'year' },
              { title: t('common.actions'), render: (_, c) => <RowActions library="case" id={c.id} name={c.title} onEdit={() => dialog.edit(c)} /> },
            ]}
          />
        )}
      </QueryState>
      {dialog.open && (
        <EntryDialog<CaseForm>
          open
          title={`${r ? t('overseasStaff.edit') : t('overseasStaff.add')}${t('overseasStaff.cases')}`}
          onClose={dialog.close}
          initial={r ?? { kind: 'patent', year: dayjs().year() }}
          save={(v) => saveCase(r?.id ?? null, v)}
        >
          <Form.Item name="title" label={t('overseasStaff.caseTitle')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="country" label={t('overseas.country')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" style={{ minWidth: 180 }} options={countryOptions(lang)} />
            </Form.Item>
            <Form.Item name="kind" label={t('overseasStaff.kind')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 160 }} options={overseasDisputeKinds.map((k) => ({ value: k, label: overseasDisputeKindLabels[k][lang] }))} />
            </Form.Item>
            <Form.Item name="industry" label={t('overseasStaff.industry')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
            <Form.Item name="year" label={t('overseasStaff.year')} rules={[{ required: true }]}>
              <InputNumber min={1980} max={2100} />
            </Form.Item>
          </Space>
          <Form.Item name="summary" label={t('overseasStaff.summary')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="outcome" label={t('overseasStaff.outcome')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="lessons" label={t('overseasStaff.lessons')} rules={[{ required: true, min: 2 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </EntryDialog>
      )}
    </Space>
  );
}

type InstitutionForm = Pick<LegalInstitution, 'country' | 'kind' | 'name' | 'city' | 'services' | 'contact' | 'website'>;

function Institutions() {
  const { t } = useTranslation();
  const { language } = usePreferences();
  const lang = language === 'en' ? 'en' : 'zh';
  const query = useQuery({ queryKey: [...KEY, 'institutions', 'manage'], queryFn: () => fetchInstitutions({}) });
  const dialog = useDialog<LegalInstitution>();
  const r = dialog.row;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" onClick={dialog.add}>
        {t('overseasStaff.add')}
        {t('overseasStaff.institutions')}
      </Button>
      <QueryState query={query}>
        {(d) => (
          <Table<LegalInstitution>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('overseasStaff.name'),
                render: (_, i) => (
                  <>
                    {i.name} <DemoTag isDemo={i.isDemo} />
                  </>
                ),
              },
              { title: t('overseas.country'), render: (_, i) => countryName(i.country, lang) },
              { title: t('overseasStaff.instKind'), render: (_, i) => legalInstitutionKindLabels[i.kind][lang] },
              { title: t('overseasStaff.contact'), dataIndex: 'contact' },
              { title: t('common.actions'), render: (_, i) => <RowActions library="institution" id={i.id} name={i.name} onEdit={() => dialog.edit(i)} /> },
            ]}
          />
        )}
      </QueryState>
      {dialog.open && (
        <EntryDialog<InstitutionForm>
          open
          title={`${r ? t('overseasStaff.edit') : t('overseasStaff.add')}${t('overseasStaff.institutions')}`}
          onClose={dialog.close}
          initial={r ?? { kind: 'law_firm' }}
          save={(v) => saveInstitution(r?.id ?? null, v)}
        >
          <Form.Item name="name" label={t('overseasStaff.name')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
          <Space wrap>
            <Form.Item name="country" label={t('overseas.country')} rules={[{ required: true }]}>
              <Select showSearch optionFilterProp="label" style={{ minWidth: 180 }} options={countryOptions(lang)} />
            </Form.Item>
            <Form.Item name="kind" label={t('overseasStaff.instKind')} rules={[{ required: true }]}>
              <Select style={{ minWidth: 200 }} options={legalInstitutionKinds.map((k) => ({ value: k, label: legalInstitutionKindLabels[k][lang] }))} />
            </Form.Item>
            <Form.Item name="city" label={t('overseasStaff.city')}>
              <Input />
            </Form.Item>
          </Space>
          <Form.Item name="services" label={t('overseasStaff.specialties')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="contact" label={t('overseasStaff.contact')}>
              <Input />
            </Form.Item>
            <Form.Item name="website" label={t('overseasStaff.website')}>
              <Input />
            </Form.Item>
          </Space>
        </EntryDialog>
      )}
    </Space>
  );
}

function Retired() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const onError = useApiError();
  const query = useQuery({ queryKey: [...KEY, 'retired'], queryFn: fetchRetired });
  const restore = useMutation({
    mutationFn: (e: RetiredEntry) => setRetired(e.library, e.entryId, false),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
    onError,
  });
  const libraryName = (l: OverseasLibrary) =>
    ({
      workstation: t('overseasStaff.workstations'),
      expert: t('overseasStaff.experts'),
      case: t('overseasStaff.cases'),
      institution: t('overseasStaff.institutions'),
    })[l];
  return (
    <QueryState query={query}>
      {(d) => (
        <Table<RetiredEntry>
          rowKey={(e) => `${e.library}:${e.entryId}`}
          dataSource={d.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('overseas.empty') }}
          columns={[
            { title: t('overseasStaff.name'), dataIndex: 'name' },
            { title: t('overseasStaff.manage'), render: (_, e) => libraryName(e.library) },
            { title: t('overseasStaff.retired'), render: (_, e) => dayjs(e.retiredAt).format('YYYY-MM-DD HH:mm') },
            {
              title: t('common.actions'),
              render: (_, e) => (
                <Button size="small" onClick={() => restore.mutate(e)} aria-label={`${t('overseasStaff.restore')} ${e.name}`}>
                  {t('overseasStaff.restore')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </QueryState>
  );
}

/** 海外维权库维护: staff add, edit, retire and restore workstations, experts, cases and legal institutions. */
export function LibraryUpkeepPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" className="page">
      <Typography.Title level={1}>{t('overseasStaff.pageTitle')}</Typography.Title>
      <Tabs
        items={[
          { key: 'workstations', label: t('overseasStaff.workstations'), children: <Workstations /> },
          { key: 'experts', label: t('overseasStaff.experts'), children: <Experts /> },
          { key: 'cases', label: t('overseasStaff.cases'), children: <Cases /> },
          { key: 'institutions', label: t('overseasStaff.institutions'), children: <Institutions /> },
          { key: 'retired', label: t('overseasStaff.retired'), children: <Retired /> },
        ]}
      />
    </Space>
  );
}
