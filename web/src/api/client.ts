import { localText, message as codedMessage, ZErrorBody, type Coded, type ErrorBody } from '@zhichan/contract';
import type { z } from 'zod';
import { uiLanguage } from '../i18n/ui-language';

/**
 * An error body as the user reads it in `lang`: Chinese is the server's text; English renders each code
 * (`messageCode`, `fieldCodes`) from the contract's catalogue, and a 400's summary from its fields.
 */
export function renderErrorBody(body: ErrorBody, lang: 'zh' | 'en'): { message: string; fields: Record<string, string> } {
  const fields = Object.fromEntries(Object.entries(body.fields ?? {}).map(([path, text]) => [path, localText(text, body.fieldCodes?.[path], lang)]));
  const coded: Coded | undefined = body.messageCode ? { code: body.messageCode, params: body.params ?? {} } : undefined;
  let message = localText(body.message, coded, lang);
  if (lang === 'en' && body.error === 'validation' && Object.keys(fields).length > 0)
    message = `${message}: ${Object.entries(fields)
      .map(([path, text]) => `${path} (${text})`)
      .join('; ')}`;
  return { message, fields };
}

/** A coded client-side failure (no answer, or an answer that is not an error body) in the interface language. */
function clientFailure(status: number, code: string, coded: ReturnType<typeof codedMessage>): ApiError {
  return new ApiError(status, code, localText(coded.text, coded, uiLanguage()));
}

/** An API failure: HTTP status, the server's machine code, its message and per-field messages in the interface language. */
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
  if (parsed.success) {
    const { message, fields } = renderErrorBody(parsed.data, uiLanguage());
    return new ApiError(res.status, parsed.data.error, message, fields, parsed.data.details);
  }
  return clientFailure(res.status, 'http_error', codedMessage('error.http', { status: res.status }));
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
    throw clientFailure(0, 'network', codedMessage('error.network'));
  }
  if (!res.ok) {
    const err = await readError(res);
    if (err.status === 401 && !opts.handleUnauthorised) for (const l of unauthorisedListeners) l(err.message);
    throw err;
  }
  return schema.parse(await res.json()) as z.infer<S>;
}

/**
 * Downloads a file the server makes from a POST body (an export of a long query): the answer is saved under the
 * name of its Content-Disposition, or `fallbackName`. Failures are ApiErrors like any other request's.
 */
export async function downloadByPost(url: string, body: unknown, fallbackName: string): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(body) });
  } catch {
    throw clientFailure(0, 'network', codedMessage('error.network'));
  }
  if (!res.ok) throw await readError(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
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
