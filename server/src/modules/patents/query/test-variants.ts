// Renders a query tree in a random one of its many equivalent spellings, for the property tests.
import fc from 'fast-check';
import { addDays, daysInMonth } from './dates.js';
import type { QueryField, QueryNode, TermNode } from './types.js';

/** Random choices drawn from fast-check, so failures shrink and replay. */
export interface Chooser {
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
}

/** Adapts `fc.gen()` to a Chooser. */
export function chooserOf(g: fc.GeneratorValue): Chooser {
  return { chance: (p) => g(fc.integer, { min: 0, max: 99 }) < p * 100, pick: (values) => values[g(fc.nat, values.length - 1)] as (typeof values)[number] };
}

const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  AND: ['AND', 'and', 'And', '且', '与', 'ＡＮＤ'],
  OR: ['OR', 'or', 'oR', '或'],
  NOT: ['NOT', 'not', 'Not', '非'],
  invention: ['发明', '发明专利', 'invention', 'INVENTION'],
  utility: ['实用新型', '实用新型专利', 'Utility', '"utility model"'],
  design: ['外观设计', '外观设计专利', '外观', 'design'],
  effective: ['有效', 'effective', 'valid'],
  lapsed: ['失效', 'lapsed', '无效'],
  pending: ['审中', '在审', 'PENDING'],
};

const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Renders `ast` with random keyword case, Chinese operators, spacing, full-width characters, field groups and extra brackets. */
export function renderVariant(ast: QueryNode, c: Chooser): string {
  const space = () => c.pick([' ', '  ', '　']);
  const word = (w: string) => c.pick(SPELLINGS[w] ?? [w]);
  const paren = (s: string) => (c.chance(0.5) ? `(${s})` : `（${s}）`);
  const extra = (s: string) => (c.chance(0.15) ? paren(s) : s);
  const fieldName = (f: QueryField) => c.pick([f, f.toLowerCase(), f[0] + f.slice(1).toLowerCase(), fullWidth(f)]);
  const eq = () => c.pick(['=', '＝', ' = ']);

  const leaves = (n: QueryNode): TermNode[] => (n.kind === 'and' || n.kind === 'or' ? n.children.flatMap(leaves) : n.kind === 'not' ? leaves(n.child) : [n]);
  const oneField = (n: QueryNode) => {
    const fields = new Set(leaves(n).map((t) => t.field));
    return fields.size === 1 ? [...fields][0] : undefined;
  };

  function node(n: QueryNode, group: QueryField | null): string {
    const field = oneField(n);
    if (!group && field && c.chance(0.3)) return `${fieldName(field)}${eq()}${paren(node(n, field))}`;
    const operand = (x: QueryNode) => (x.kind === 'and' || x.kind === 'or' ? paren(node(x, group)) : extra(node(x, group)));
    switch (n.kind) {
      case 'or':
        return n.children.map((x) => extra(node(x, group))).join(`${space()}${word('OR')}${space()}`);
      case 'and':
        return n.children
          .map((x, i) => {
            if (i === 0) return operand(x);
            if (x.kind === 'not' && c.chance(0.5)) return `${space()}${word('NOT')}${space()}${operand(x.child)}`;
            const text = operand(x);
            // Juxtaposition, except before a leading digit (`IC=H01M 10/05` reads as one IPC symbol) or an
            // open range (`AD=(20200101 :20231231)` is refused as a range typed with a stray space, on purpose).
            return c.chance(0.3) && !/^[\d:]/.test(text) ? `${space()}${text}` : `${space()}${word('AND')}${space()}${text}`;
          })
          .join('');
      case 'not':
        return `${word('NOT')}${space()}${operand(n.child)}`;
      default:
        return term(n, group);
    }
  }

  function term(t: TermNode, group: QueryField | null): string {
    if (t.kind === 'date' && !group && t.from !== t.to && (!t.from || !t.to) && c.chance(0.6)) return `${fieldName(t.field)}${comparison(t.from, t.to)}`;
    const value =
      t.kind === 'date'
        ? dateValue(t.from, t.to)
        : t.kind === 'enum'
          ? word(t.value)
          : t.kind === 'code'
            ? codeValue(t.field, t.value)
            : textValue(t.value, t.phrase);
    if (group) return value;
    if (t.kind === 'text' && t.field === 'TX' && c.chance(0.5)) return value;
    return `${fieldName(t.field)}${eq()}${c.chance(0.1) ? paren(value) : value}`;
  }

  function textValue(value: string, phrase: boolean): string {
    if (!phrase) return value;
    const inner = value.replaceAll(' ', space());
    return c.pick([`"${inner}"`, `“${inner}”`, `" ${inner}  "`]);
  }

  function codeValue(field: QueryField, value: string): string {
    const ipc = /^([A-H]\d\d[A-Z])(\d.*)$/.exec(value);
    if (field === 'IC' && ipc) return c.pick([value, value.toLowerCase(), `${ipc[1]} ${ipc[2]}`, `"${ipc[1]}  ${ipc[2]}"`]);
    if (field === 'AN' && value.length > 1) return c.pick([value, value.toLowerCase(), `${value.slice(0, -1)}.${value.slice(-1)}`]);
    return value;
  }

  /** A spelling of exactly the day `iso`. */
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-') as [string, string, string];
    return c.pick([`${y}${m}${d}`, iso, `${y}/${Number(m)}/${Number(d)}`, `${y}.${m}.${d}`]);
  };
  /** A spelling whose first day is `iso`. */
  const start = (iso: string) => {
    const [y, m, d] = iso.split('-') as [string, string, string];
    return c.pick([day(iso), ...(d === '01' ? [`${y}${m}`, `${y}-${m}`] : []), ...(m === '01' && d === '01' ? [y] : [])]);
  };
  /** A spelling whose last day is `iso`. */
  const end = (iso: string) => {
    const [y, m, d] = iso.split('-') as [string, string, string];
    const last = Number(d) === daysInMonth(Number(y), Number(m));
    return c.pick([day(iso), ...(last ? [`${y}${m}`, `${y}/${m}`] : []), ...(m === '12' && d === '31' ? [y] : [])]);
  };
  const dateValue = (from: string | null, to: string | null) => (from && from === to ? day(from) : `${from ? start(from) : ''}:${to ? end(to) : ''}`);
  function comparison(from: string | null, to: string | null): string {
    const inRange = (iso: string) => iso >= '1800-01-01' && iso <= '2199-12-31';
    if (from) return inRange(addDays(from, -1)) && c.chance(0.5) ? `${c.pick(['>', '＞'])}${end(addDays(from, -1))}` : `>=${start(from)}`;
    const next = addDays(to ?? '', 1);
    return inRange(next) && c.chance(0.5) ? `<${start(next)}` : `${c.pick(['<=', '＜＝'])}${end(to ?? '')}`;
  }

  return `${c.pick(['', ' ', '　'])}${node(ast, null)}${c.pick(['', ' '])}`;
}
