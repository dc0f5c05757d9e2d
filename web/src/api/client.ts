import { ZErrorBody } from '@zhichan/contract';
import type { z } from 'zod';

/** An API failure: HTTP status, the server's machine code and Chinese message, and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Dotted field paths (`enterprise.creditCode`) to messages. */
    readonly fields: Record<string, string> = {},
    /** Extra machine-readable facts, e.g. `{ position, length }` of a search-syntax error. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
const unauthorisedListeners = new Set<(message: string) => void>();

/** Remembers the CSRF token from the session, login or registration answer; it is sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Subscribes to "the session ended" (a 401 on an ordinary request); returns the unsubscribe function. */
export function onUnauthorised(listener: (message: string) => void): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

export type QueryValue = string | number | boolean | undefined | null;

/** Builds `?a=1&b=2`, leaving out blank values. */
export function toQueryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

interface RequestOptions {
  body?: unknown;
  /** Let the caller handle 401 itself (sign-in: 401 means wrong password, not an ended session). */
  handleUnauthorised?: boolean;
}

async function readError(res: Response): Promise<ApiError> {
  const parsed = ZErrorBody.safeParse(await res.json().catch(() => null));
  if (parsed.success) return new ApiError(res.status, parsed.data.error, parsed.data.message, parsed.data.fields, parsed.data.details);
  return new ApiError(res.status, 'http_error', `请求失败（HTTP ${res.status}），请稍后重试`);
}

/** Sends one request and validates the answer against the contract schema. */
export async function request<S extends z.ZodType>(method: string, url: string, schema: S, opts: RequestOptions = {}): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A FormData body (file upload) sets its own multipart content type with the boundary.
  const payload = opts.body;
  const multipart = payload instanceof FormData;
  if (payload !== undefined && !multipart) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const body = payload === undefined ? undefined : multipart ? payload : JSON.stringify(payload);
  let res: Response;
  try {
    res = await fetch(url, { method, headers, credentials: 'same-origin', body });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!res.ok) {
    const err = await readError(res);
    if (err.status === 401 && !opts.handleUnauthorised) for (const l of unauthorisedListeners) l(err.message);
    throw err;
  }
  return schema.parse(await res.json()) as z.infer<S>;
}

/** Typed shorthand for each method. */
export const api = {
  get: <S extends z.ZodType>(url: string, schema: S, query?: Record<string, QueryValue>) => request('GET', url + toQueryString(query), schema),
  post: <S extends z.ZodType>(url: string, schema: S, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request('POST', url, schema, { ...opts, body }),
  patch: <S extends z.ZodType>(url: string, schema: S, body: unknown) => request('PATCH', url, schema, { body }),
  put: <S extends z.ZodType>(url: string, schema: S, body: unknown) => request('PUT', url, schema, { body }),
  delete: <S extends z.ZodType>(url: string, schema: S) => request('DELETE', url, schema),
  /** multipart/form-data upload; the server reads the fields in order, so append them before the file. */
  upload: <S extends z.ZodType>(url: string, schema: S, form: FormData) => request('POST', url, schema, { body: form }),
};
