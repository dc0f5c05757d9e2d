/** Fields searched as free text (title, abstract, claims, parties). */
export type TextField = 'TI' | 'AB' | 'CL' | 'TX' | 'PA' | 'IN' | 'AG';
/** Fields holding codes: application number, publication number, IPC class, region. */
export type CodeField = 'AN' | 'PN' | 'IC' | 'RG';
/** Date fields: application (申请日), publication (公开日), grant (授权日). */
export type DateField = 'AD' | 'PD' | 'GD';
/** Fields with a closed set of values: patent type (专利类型) and legal status (法律状态). */
export type EnumField = 'PT' | 'LS';
/** Any field of the patent search command language (检索式). */
export type QueryField = TextField | CodeField | DateField | EnumField;

/** Normalised patent type. */
export type PatentType = 'invention' | 'utility' | 'design';
/** Normalised legal status. */
export type LegalStatus = 'effective' | 'lapsed' | 'pending' | 'unknown';

/**
 * Parsed search expression. `and`/`or` are flattened (no child of the same kind) and have at least two children.
 * `position` is the 0-based UTF-16 index in the original input where the term starts: the field name for
 * `TI=…`, the value itself for a bare keyword or a value inside a field group `TI=(a OR b)`.
 */
export type QueryNode =
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }
  | { kind: 'text'; field: TextField; value: string; phrase: boolean; position: number }
  | { kind: 'code'; field: CodeField; value: string; position: number }
  | { kind: 'enum'; field: 'PT'; value: PatentType; position: number }
  | { kind: 'enum'; field: 'LS'; value: LegalStatus; position: number }
  | { kind: 'date'; field: DateField; from: string | null; to: string | null; position: number };

/** A positioned parse error; `message` is Chinese and starts with the character number (第N个字符处：…). */
export interface QueryError {
  /** 0-based UTF-16 index into the original input, within [0, input.length]. */
  position: number;
  /** Number of UTF-16 units the error covers (0 at the end of input). */
  length: number;
  message: string;
  code: QueryErrorCode;
}

/** Machine-readable error codes, stable for the UI and for tests. */
export type QueryErrorCode =
  | 'empty_query'
  | 'too_long'
  | 'too_many_terms'
  | 'too_deep'
  | 'unclosed_quote'
  | 'unclosed_paren'
  | 'unmatched_paren'
  | 'empty_group'
  | 'missing_operand'
  | 'unexpected_token'
  | 'unknown_field'
  | 'nested_field'
  | 'empty_value'
  | 'invalid_text'
  | 'invalid_code'
  | 'invalid_enum'
  | 'invalid_date'
  | 'invalid_range'
  | 'range_not_allowed'
  | 'comparison_not_allowed'
  | 'only_negation'
  | 'unsupported_operator'
  | 'internal';

/** Result of `parseQuery`: never thrown, always one of these. */
export type ParseResult = { ok: true; ast: QueryNode } | { ok: false; error: QueryError };

/** Leaf nodes (terms), as opposed to the boolean connectives. */
export type TermNode = Extract<QueryNode, { position: number }>;
