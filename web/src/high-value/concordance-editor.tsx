import { App, Button, Input, Space, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replaceConcordance } from '../api/high-value';
import { queryKeys } from '../api/query-keys';
import { useApiError } from '../components/use-api-error';
import { checkRows, newRowKey, rowFields, type EditRow, type RowErrors, type RowField } from './concordance-rows';
import { PasteRowsModal } from './paste-rows-modal';

const PAGE_SIZE = 20;

/**
 * The concordance table (参照关系表), editable: change cells, add and remove rows, paste rows from a
 * spreadsheet, then 保存 replaces the whole table on the server. Read-only without registry.manage.
 */
export function ConcordanceEditor({ initial, canEdit }: { initial: EditRow[]; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [rows, setRows] = useState(initial);
  const [errors, setErrors] = useState<RowErrors>(new Map());
  const [dirty, setDirty] = useState(false);
  const [page, setPage] = useState(1);
  const [filter, setFilter] = useState('');
  const [pasting, setPasting] = useState(false);
  const onError = useApiError();
  const save = useMutation({
    mutationFn: replaceConcordance,
    onSuccess: (r) => {
      void message.success(t('highValue.concordanceSaved', { count: r.rows.length }));
      setDirty(false);
      void client.invalidateQueries({ queryKey: queryKeys.highValue });
      void client.invalidateQueries({ queryKey: queryKeys.patents });
    },
    onError,
  });

  const change = (next: EditRow[]) => {
    setRows(next);
    setDirty(true);
  };
  const setCell = (key: number, field: RowField, value: string) => change(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const submit = () => {
    const checked = checkRows(rows);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFilter('');
      const first = rows.findIndex((r) => checked.errors.has(r.key));
      setPage(Math.floor(first / PAGE_SIZE) + 1);
      void message.error(t('highValue.rowsInvalid', { count: checked.errors.size }));
      return;
    }
    setErrors(new Map());
    save.mutate(checked.rows);
  };

  const needle = filter.trim().toLowerCase();
  const shown = needle ? rows.filter((r) => rowFields.some((f) => r[f].toLowerCase().includes(needle))) : rows;
  const cell = (field: RowField) => (value: string, r: EditRow) => {
    if (!canEdit) return field === 'ipcPrefix' ? <span className="mono">{value}</span> : value;
    const error = errors.get(r.key)?.[field];
    return (
      <>
        <Input
          value={value}
          status={error ? 'error' : undefined}
          className={field === 'ipcPrefix' ? 'mono' : undefined}
          aria-label={t(`highValue.columns.${field}`)}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setCell(r.key, field, e.target.value)}
        />
        {error && <div className="cell-error">{error}</div>}
      </>
    );
  };

  return (
    <Space orientation="vertical" size="middle" className="page">
      <Space wrap className="concordance-actions">
        <Input.Search
          allowClear
          placeholder={t('highValue.filter')}
          aria-label={t('highValue.filter')}
          onSearch={(v) => {
            setFilter(v);
            setPage(1);
          }}
          style={{ width: 260 }}
        />
        {canEdit && (
          <>
            <Button
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => {
                change([{ key: newRowKey(), industryCode: '', industryName: '', ipcPrefix: '' }, ...rows]);
                setFilter('');
                setPage(1);
              }}
            >
              {t('highValue.addRow')}
            </Button>
            <Button onClick={() => setPasting(true)}>{t('highValue.paste')}</Button>
            <Button type="primary" onClick={submit} loading={save.isPending} disabled={!dirty}>
              {t('action.save')}
            </Button>
            {dirty && <span className="unsaved-note">{t('highValue.unsaved')}</span>}
          </>
        )}
      </Space>
      <Table<EditRow>
        rowKey="key"
        size="small"
        dataSource={shown}
        locale={{ emptyText: t('highValue.emptyConcordance') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, onChange: setPage, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
        columns={[
          { title: t('highValue.columns.industryCode'), dataIndex: 'industryCode', width: 160, render: cell('industryCode') },
          { title: t('highValue.columns.industryName'), dataIndex: 'industryName', render: cell('industryName') },
          { title: t('highValue.columns.ipcPrefix'), dataIndex: 'ipcPrefix', width: 200, render: cell('ipcPrefix') },
          ...(canEdit
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, r: EditRow) => (
                    <Button
                      danger
                      size="small"
                      onClick={() => change(rows.filter((x) => x.key !== r.key))}
                      aria-label={t('highValue.removeRow', { code: r.industryCode || '—', ipc: r.ipcPrefix || '—' })}
                    >
                      {t('action.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {pasting && (
        <PasteRowsModal
          onClose={() => setPasting(false)}
          onPaste={(pasted, replace) => {
            change(replace ? pasted : [...pasted, ...rows]);
            setFilter('');
            setPage(1);
            setPasting(false);
          }}
        />
      )}
    </Space>
  );
}
