/**
 * Application errors. Services throw these; the error handler turns them into
 * `{error, message, fields?}` JSON with the matching status. Anything else is a 500 and a bug.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 423 | 429,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** 400: the request is malformed; `fields` names each bad field. */
export const badRequest = (message: string, fields?: Record<string, string>) => new AppError(400, 'bad_request', message, fields);
/** 401: not signed in, or the session ended. */
export const unauthorised = (message = '请先登录') => new AppError(401, 'unauthorised', message);
/** 403: signed in but not allowed. */
export const forbidden = (message = '没有权限执行此操作') => new AppError(403, 'forbidden', message);
/** 404: absent, or outside the caller's jurisdiction (we do not reveal which). */
export const notFound = (what = '记录') => new AppError(404, 'not_found', `${what}不存在或不在您的管辖范围内`);
/** 409: the record's state does not allow this step; the message says why. */
export const conflict = (message: string, fields?: Record<string, string>) => new AppError(409, 'conflict', message, fields);
