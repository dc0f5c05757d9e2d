import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { codeOfText, message, platformErrorCodes, type Coded, type ErrorBody, type MessageCode } from '@zhichan/contract';
import { AppError } from './errors.js';
import { classifyDatabaseError } from './database-errors.js';

const CJK = /[\u3400-\u9fff]/;

/** The body of a coded platform error: its short `error`, the Chinese text and the catalogue code. */
export function codedErrorBody(error: string, code: MessageCode, params: Coded['params'] = {}): ErrorBody {
  return { error, message: message(code, params).text, messageCode: code, params };
}

/** A Chinese text's code: the one it was thrown with, else the catalogue template it matches. */
const codedOf = (text: string, coded?: Coded): Coded | undefined => coded ?? codeOfText(text) ?? undefined;

/** The coded fields of a body: each field's own code, else the template its text matches. */
function fieldCodesOf(fields: Record<string, string>, own: Record<string, Coded> = {}): Record<string, Coded> | undefined {
  const out: Record<string, Coded> = {};
  for (const [path, text] of Object.entries(fields)) {
    const c = codedOf(text, own[path]);
    if (c) out[path] = c;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One zod issue (as fastify-type-provider-zod hands it over) as a code: the refinement's own, the schema's text's, or its kind's. */
function issueCode(keyword: string, text: string, params: Record<string, unknown>): { coded: Coded; text: string } {
  const own = params.params as { messageCode?: unknown; messageParams?: unknown } | undefined;
  if (own && typeof own.messageCode === 'string') return { coded: { code: own.messageCode, params: (own.messageParams ?? {}) as Coded['params'] }, text };
  // A schema's own Chinese message stays the Chinese text; its template, or else its kind, gives the code.
  const generic = genericIssueCode(keyword, text, params);
  if (CJK.test(text)) return { coded: codeOfText(text) ?? generic, text };
  // zod's built-in English message: replaced by the catalogue's Chinese.
  return { coded: generic, text: message(generic.code as MessageCode, generic.params).text };
}

function genericIssueCode(keyword: string, text: string, params: Record<string, unknown>): Coded {
  const origin = String(params.origin ?? '');
  const bound = (v: unknown) => (typeof v === 'bigint' || typeof v === 'number' ? Number(v) : String(v));
  const sized = origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'list' : 'number';
  switch (keyword) {
    case 'too_small': {
      const code = sized === 'string' ? 'validation.too_short' : sized === 'list' ? 'validation.too_few' : 'validation.too_small';
      return { code, params: { minimum: bound(params.minimum) } };
    }
    case 'too_big': {
      const code = sized === 'string' ? 'validation.too_long' : sized === 'list' ? 'validation.too_many' : 'validation.too_big';
      return { code, params: { maximum: bound(params.maximum) } };
    }
    case 'invalid_type':
      return { code: /received undefined/.test(text) ? 'validation.required' : 'validation.invalid_type', params: {} };
    case 'invalid_value':
    case 'invalid_format':
    case 'unrecognized_keys':
      return { code: `validation.${keyword}`, params: {} };
    default:
      return { code: 'validation.invalid', params: {} };
  }
}

/**
 * Turns every error into `{error, message, messageCode?, params?, fields?, fieldCodes?}` JSON: Chinese text first,
 * with the catalogue code and parameters the web app renders in the user's language. Client mistakes get 4xx
 * with the offending fields named; only our own bugs produce a 500, and those are logged.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const send = (status: number, body: ErrorBody) => reply.code(status).type('application/json; charset=utf-8').send(body);
    if (err instanceof AppError) {
      const coded = codedOf(err.message, err.coded);
      const fieldCodes = err.fields ? fieldCodesOf(err.fields, err.fieldCodes) : undefined;
      return send(err.status, {
        error: err.code,
        message: err.message,
        ...(coded ? { messageCode: coded.code, params: coded.params } : {}),
        ...(err.fields ? { fields: err.fields } : {}),
        ...(fieldCodes ? { fieldCodes } : {}),
        ...(err.details ? { details: err.details } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      const fieldCodes: Record<string, Coded> = {};
      const where = err.validationContext ?? 'body';
      for (const v of err.validation) {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where;
        if (path in fields) continue;
        const issue = issueCode(v.keyword, v.message ?? '', (v.params ?? {}) as Record<string, unknown>);
        fields[path] = issue.text;
        fieldCodes[path] = issue.coded;
      }
      return send(400, {
        ...codedErrorBody('validation', platformErrorCodes.validation),
        message: `${message(platformErrorCodes.validation).text}：${Object.entries(fields)
          .map(([k, m]) => `${k}（${m}）`)
          .join('；')}`,
        fields,
        fieldCodes,
      });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return send(500, codedErrorBody('internal', platformErrorCodes.internal));
    }
    // What the database refused of the client's data (the contract's schemas should have caught it first: log it).
    const refusal = classifyDatabaseError(err);
    if (refusal) {
      req.log.warn({ err }, 'database refused the request data');
      return send(refusal.status, codedErrorBody(refusal.code, platformErrorCodes[refusal.code]));
    }
    const status = err.statusCode ?? 500;
    if (status === 429) return send(429, codedErrorBody('rate_limited', platformErrorCodes.rate_limited));
    if (status >= 400 && status < 500) {
      const codes: Record<number, MessageCode> = {
        413: 'error.too_large',
        415: 'error.unsupported_media_type',
        400: 'error.malformed',
        431: 'error.header_too_large',
      };
      const code = codes[status];
      if (code) return send(status, codedErrorBody(err.code ?? 'bad_request', code));
      return send(status, codedErrorBody(err.code ?? 'bad_request', 'error.http', { status }));
    }
    req.log.error({ err }, 'unhandled error');
    return send(500, codedErrorBody('internal', platformErrorCodes.internal));
  });
}

/** Longest request line plus headers the server reads (Node's default is 16 KiB: a 2,000-character CJK query in a GET address is about 18 KiB). */
export const MAX_HEADER_BYTES = 64 * 1024;

/**
 * Answers what Node's HTTP parser refuses before Fastify sees a request (headers or address too large, a malformed
 * request line, a timeout) with the same Chinese-first coded JSON as every other error, instead of Node's English.
 */
export function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: import('node:net').Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', codedErrorBody('header_too_large', platformErrorCodes.header_too_large)]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', codedErrorBody('timeout', 'error.http', { status: 408 })]
        : [400, 'Bad Request', codedErrorBody('bad_request', 'error.malformed')];
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(err);
}
