import type { z } from 'zod';

/** A field of a request: where it sits in the params, the query or the JSON body. */
export type FieldPath = (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Every field of a request schema that takes text, as paths (an array's first element stands for all). */
export function textFieldPaths(schema: z.ZodType, at: FieldPath = []): FieldPath[] {
  const def = defOf(schema);
  if (def.type === 'string') return [at];
  if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([k, v]) => textFieldPaths(v, [...at, k]));
  if (WRAPPERS.has(def.type) && def.innerType) return textFieldPaths(def.innerType, at);
  if (def.type === 'pipe' && def.in) return textFieldPaths(def.in, at);
  if (def.type === 'array' && def.element) return textFieldPaths(def.element, [...at, 0]);
  if (def.type === 'union' && def.options) return dedupe(def.options.flatMap((o) => textFieldPaths(o, at)));
  if (def.type === 'intersection' && def.left && def.right) return dedupe([...textFieldPaths(def.left, at), ...textFieldPaths(def.right, at)]);
  return [];
}

/** The top-level keys of an object schema (query strings: every key arrives as text, numbers included). */
export function objectKeys(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (WRAPPERS.has(def.type) && def.innerType) return objectKeys(def.innerType);
  if (def.type === 'pipe' && def.in) return objectKeys(def.in);
  if (def.type === 'intersection' && def.left && def.right) return [...new Set([...objectKeys(def.left), ...objectKeys(def.right)])];
  return [];
}

function dedupe(paths: FieldPath[]): FieldPath[] {
  const seen = new Map(paths.map((p) => [p.join('.'), p]));
  return [...seen.values()];
}

/** A copy of `value` with the text at `path` replaced by `make(existing)`; missing objects and arrays are created. */
export function withField(value: unknown, path: FieldPath, make: (existing: unknown) => unknown): unknown {
  if (path.length === 0) return make(value);
  const [head, ...rest] = path as [string | number, ...FieldPath];
  if (typeof head === 'number') {
    const arr = Array.isArray(value) ? [...(value as unknown[])] : [];
    arr[head] = withField(arr[head] ?? {}, rest, make);
    return arr;
  }
  const obj = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  obj[head] = withField(obj[head], rest, make);
  return obj;
}

/** Names of the path parameters of a route URL (`/api/orgs/:id` → ['id']). */
export const pathParamNames = (url: string) => url.split('/').flatMap((s) => (s.startsWith(':') ? [s.slice(1)] : []));

/** Replaces each path parameter of a concrete URL by `make(segment)`, following the route's pattern. */
export function withPathParam(pattern: string, url: string, name: string, make: (segment: string) => string): string {
  const [path = '', query] = url.split('?');
  const segs = path.split('/');
  const pat = pattern.split('/');
  const i = pat.indexOf(`:${name}`);
  if (i < 0 || segs.length !== pat.length) throw new Error(`${url} does not follow ${pattern}`);
  segs[i] = make(segs[i] ?? '');
  return segs.join('/') + (query !== undefined ? `?${query}` : '');
}

/** Sets one query parameter of a URL (keeping the others). */
export function withQueryParam(url: string, key: string, value: string): string {
  const [path = '', query = ''] = url.split('?');
  const q = new URLSearchParams(query);
  q.set(key, value);
  return `${path}?${q.toString()}`;
}
