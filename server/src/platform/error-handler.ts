import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { platformErrorMessages, type ErrorBody } from '@zhichan/contract';
import { AppError } from './errors.js';
import { classifyDatabaseError } from './database-errors.js';

/**
 * Turns every error into `{error, message, fields?}` JSON. Client mistakes get 4xx with the
 * offending fields named; only our own bugs produce a 500, and those are logged.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const send = (status: number, body: ErrorBody) => reply.code(status).type('application/json; charset=utf-8').send(body);
    if (err instanceof AppError)
      return send(err.status, {
        error: err.code,
        message: err.message,
        ...(err.fields ? { fields: err.fields } : {}),
        ...(err.details ? { details: err.details } : {}),
      });
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      const where = err.validationContext ?? 'body';
      for (const v of err.validation) {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where;
        fields[path] ??= v.message ?? '格式不正确';
      }
      return send(400, {
        error: 'validation',
        message: `${platformErrorMessages.validation}：${Object.entries(fields)
          .map(([k, m]) => `${k}（${m}）`)
          .join('；')}`,
        fields,
      });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err, issues: err.cause.issues }, 'response does not match its schema');
      return send(500, { error: 'internal', message: platformErrorMessages.internal });
    }
    // What the database refused of the client's data (the contract's schemas should have caught it first: log it).
    const refusal = classifyDatabaseError(err);
    if (refusal) {
      req.log.warn({ err }, 'database refused the request data');
      return send(refusal.status, { error: refusal.code, message: platformErrorMessages[refusal.code] });
    }
    const status = err.statusCode ?? 500;
    if (status === 429) return send(429, { error: 'rate_limited', message: platformErrorMessages.rate_limited });
    if (status >= 400 && status < 500) {
      const messages: Record<number, string> = { 413: '请求内容过大', 415: '不支持的内容类型，请以 JSON 提交', 400: '请求格式错误（无法解析的 JSON 或参数）' };
      return send(status, { error: err.code ?? 'bad_request', message: messages[status] ?? err.message });
    }
    req.log.error({ err }, 'unhandled error');
    return send(500, { error: 'internal', message: platformErrorMessages.internal });
  });
}
