import type { CodeField, DateField, EnumField, QueryField, TextField } from './types.js';

/** How a field's values are read: free text, a code, a date or a closed set of values. */
export type FieldKind = 'text' | 'code' | 'date' | 'enum';

/** Kind and Chinese label (used in error messages and in `describeQuery`) of every field. */
export const FIELDS: Readonly<Record<QueryField, { kind: FieldKind; label: string }>> = {
  TI: { kind: 'text', label: '标题' },
  AB: { kind: 'text', label: '摘要' },
  CL: { kind: 'text', label: '权利要求' },
  TX: { kind: 'text', label: '标题/摘要/权利要求' },
  PA: { kind: 'text', label: '申请人' },
  IN: { kind: 'text', label: '发明人' },
  AG: { kind: 'text', label: '代理机构' },
  AN: { kind: 'code', label: '申请号' },
  PN: { kind: 'code', label: '公开（公告）号' },
  IC: { kind: 'code', label: 'IPC' },
  RG: { kind: 'code', label: '地区' },
  AD: { kind: 'date', label: '申请日' },
  PD: { kind: 'date', label: '公开日' },
  GD: { kind: 'date', label: '授权日' },
  PT: { kind: 'enum', label: '专利类型' },
  LS: { kind: 'enum', label: '法律状态' },
};

/** All field names in display order. */
export const FIELD_NAMES = Object.keys(FIELDS) as QueryField[];

/** Resolves a field name typed by the user (case-insensitive); undefined when unknown. */
export function resolveField(name: string): QueryField | undefined {
  const upper = name.toUpperCase();
  return Object.hasOwn(FIELDS, upper) ? (upper as QueryField) : undefined;
}

/** True for free-text fields. */
export function isTextField(field: QueryField): field is TextField {
  return FIELDS[field].kind === 'text';
}

/** True for code fields (AN, PN, IC, RG). */
export function isCodeField(field: QueryField): field is CodeField {
  return FIELDS[field].kind === 'code';
}

/** True for date fields (AD, PD, GD). */
export function isDateField(field: QueryField): field is DateField {
  return FIELDS[field].kind === 'date';
}

/** True for closed-set fields (PT, LS). */
export function isEnumField(field: QueryField): field is EnumField {
  return FIELDS[field].kind === 'enum';
}
