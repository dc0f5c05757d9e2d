import { message as coded, type Coded, type Message } from '@zhichan/contract';

/** A refusal's text: plain Chinese, or a coded message of the contract's catalogue (rendered in either language). */
export type ErrorText = string | Message;

const textOf = (m: ErrorText): string => (typeof m === 'string' ? m : m.text);
const codeOf = (m: ErrorText): Coded | undefined => (typeof m === 'string' ? undefined : { code: m.code, params: m.params });

/**
 * Application errors. Services throw these; the error handler turns them into
 * `{error, message, messageCode?, params?, fields?, fieldCodes?}` JSON with the matching status. Anything else
 * is a 500 and a bug.
 */
export class AppError extends Error {
  /** The message's catalogue code and parameters, when it was thrown with one. */
  readonly coded?: Coded;
  readonly fields?: Record<string, string>;
  /** Catalogue codes of the coded entries of `fields`. */
  readonly fieldCodes?: Record<string, Coded>;

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429 | 431,
    readonly code: string,
    message: ErrorText,
    fields?: Record<string, ErrorText>,
    readonly details?: Record<string, unknown>,
  ) {
    super(textOf(message));
    this.coded = codeOf(message);
    if (fields) {
      this.fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, textOf(v)]));
      const codes = Object.entries(fields).flatMap(([k, v]) => {
        const c = codeOf(v);
        return c ? [[k, c] as const] : [];
      });
      if (codes.length > 0) this.fieldCodes = Object.fromEntries(codes);
    }
  }
}

/** 400: the request is malformed; `fields` names each bad field. */
export const badRequest = (message: ErrorText, fields?: Record<string, ErrorText>) => new AppError(400, 'bad_request', message, fields);
/** 401: not signed in, or the session ended. */
export const unauthorised = (message: ErrorText = coded('error.unauthorised')) => new AppError(401, 'unauthorised', message);
/** 403: signed in but not allowed. */
export const forbidden = (message: ErrorText = coded('error.forbidden')) => new AppError(403, 'forbidden', message);
/** 404: absent, or outside the caller's jurisdiction (we do not reveal which). */
export const notFound = (what = '记录') => new AppError(404, 'not_found', coded('error.not_found', { what }));
/** 409: the record's state does not allow this step; the message says why. */
export const conflict = (message: ErrorText, fields?: Record<string, ErrorText>) => new AppError(409, 'conflict', message, fields);
