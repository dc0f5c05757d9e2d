import { Button, Collapse, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The fields of the command language, in the order the help lists them. */
const FIELDS = ['TI', 'AB', 'CL', 'TX', 'PA', 'IN', 'AN', 'PN', 'IC', 'AD', 'PD', 'GD', 'PT', 'LS', 'RG', 'AG'] as const;
type Field = (typeof FIELDS)[number];

const FIELD_EXAMPLES: Record<Field, string> = {
  TI: 'TI=无人机',
  AB: 'AB="图像识别"',
  CL: 'CL=减震',
  TX: 'TX=(锂电池 OR 钠电池)',
  PA: 'PA="中科大数据研究院"',
  IN: 'IN=王元卓',
  AN: 'AN=CN202121741650.3',
  PN: 'PN=CN216160555U',
  IC: 'IC=H01M',
  AD: 'AD=20200101:20231231',
  PD: 'PD>=2022',
  GD: 'GD=2021',
  PT: 'PT=发明',
  LS: 'LS=有效',
  RG: 'RG=370811',
  AG: 'AG=开阳星',
};

/** Clickable examples: each runs as a search. */
export const SYNTAX_EXAMPLES = [
  'TX=(锂电池 OR 钠电池) AND IC=H01M AND AD>=20200101 NOT PA=(某某公司)',
  '无人机 巡检',
  'TI=无人机 AND PT=实用新型',
  'IC=G06F AND AD=20200101:20231231 AND LS=有效',
  'PA="中科大数据研究院" NOT PT=外观设计',
] as const;

const OPERATORS = [
  { key: 'and', example: '无人机 AND 巡检' },
  { key: 'or', example: 'TX=(锂电池 OR 钠电池)' },
  { key: 'not', example: '无人机 NOT PT=外观设计' },
  { key: 'parens', example: '(TI=电池 OR TI=电芯) AND IC=H01M' },
  { key: 'phrase', example: 'PA="中科大数据研究院"' },
  { key: 'range', example: 'AD=20200101:20231231' },
  { key: 'compare', example: 'AD>=20200101' },
] as const;

/**
 * The collapsible 检索语法 panel: fields, operators and examples that fill in and run the search.
 * Open while there is no query; it folds away when a search runs, so the results come into view.
 */
export function SyntaxHelp({ query, onExample }: { query: string; onExample(q: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(query === '');
  const [shown, setShown] = useState(query);
  if (shown !== query) {
    setShown(query);
    if (query !== '') setOpen(false);
  }
  const example = (q: string) => (
    <Button type="link" className="mono syntax-example" onClick={() => onExample(q)} aria-label={t('syntax.runExample', { q })}>
      {q}
    </Button>
  );
  const body = (
    <div className="syntax-help">
      <h3 className="syntax-heading">{t('syntax.fieldsTitle')}</h3>
      <Table
        size="small"
        pagination={false}
        rowKey="field"
        dataSource={FIELDS.map((field) => ({ field }))}
        columns={[
          { title: t('syntax.field'), dataIndex: 'field', width: 80, render: (f: Field) => <code className="mono">{f}</code> },
          { title: t('syntax.meaning'), dataIndex: 'field', key: 'meaning', render: (f: Field) => t(`syntax.fields.${f}`) },
          { title: t('syntax.example'), dataIndex: 'field', key: 'example', render: (f: Field) => <code className="mono">{FIELD_EXAMPLES[f]}</code> },
        ]}
      />
      <h3 className="syntax-heading">{t('syntax.operatorsTitle')}</h3>
      <ul className="syntax-list">
        {OPERATORS.map((o) => (
          <li key={o.key}>
            {t(`syntax.operators.${o.key}`)} <code className="mono">{o.example}</code>
          </li>
        ))}
      </ul>
      <h3 className="syntax-heading">{t('syntax.examplesTitle')}</h3>
      <Typography.Paragraph className="syntax-note">{t('syntax.examplesNote')}</Typography.Paragraph>
      <ul className="syntax-list syntax-examples">
        {SYNTAX_EXAMPLES.map((q) => (
          <li key={q}>{example(q)}</li>
        ))}
      </ul>
    </div>
  );
  return (
    <Collapse
      activeKey={open ? ['help'] : []}
      onChange={(keys) => setOpen(keys.includes('help'))}
      items={[{ key: 'help', label: t('syntax.title'), children: body }]}
    />
  );
}
