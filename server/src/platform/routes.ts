// Type augmentation of the route config (rateLimit) for any program that includes this file.
import type {} from '@fastify/rate-limit';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { message, ZErrorBody, type Permission } from '@zhichan/contract';
import type { Actor, AnonymousActor } from './actor.js';
import type { AppContext } from './context.js';
import type { Config } from '../config.js';
import { forbidden, unauthorised } from './errors.js';
import { checkCsrf } from './session.js';

/** Who may call a route: anyone, any signed-in user, or holders of one declared permission. */
export type Access = 'public' | 'authenticated' | Permission;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface HandlerInput<A extends Access, P, Q, B> {
  ctx: AppContext;
  /** Signed-in actor; null only on public routes called without a session. */
  actor: A extends 'public' ? Actor | null : Actor;
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** A route declared as data: the registry, the OpenAPI document and the permission matrix read it. */
export interface RouteDef<A extends Access = Access, P = unknown, Q = unknown, B = unknown, R = unknown> {
  method: Method;
  url: string;
  summary: string;
  tags: string[];
  access: A;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Response schema; null for routes that stream their own reply (files, exports). */
  response: z.ZodType<R> | null;
  status?: 200 | 201;
  /** A POST that changes nothing (a search with a body): exempt from the one-audit-row rule. */
  readOnly?: boolean;
  /** Reachable while the user must still change an administrator-set password (session, password, sign-out). */
  allowBeforePasswordChange?: boolean;
  /** Per-IP request limit for this route (sign-in), from the settings. */
  rateLimit?: (config: Config) => { max: number; timeWindow: string };
  /** The response (checked and serialised against `response`), or a body already serialised from one (`SerialisedBody`). */
  handler(input: HandlerInput<A, P, Q, B>): Promise<R | SerialisedBody<R>>;
}

/**
 * A response body serialised once and sent many times (a cached screen): sent as it is, without the
 * response schema's check and serialisation, with its ETag; a request whose If-None-Match names the
 * ETag gets 304 with no body. Make it only from a value that passed the response schema
 * (`serialiseChecked`), so the schema still holds for what is sent.
 */
export class SerialisedBody<R> {
  declare private readonly brand: R;
  private gzip?: Buffer;
  constructor(
    readonly json: string,
    readonly etag: string,
  ) {}

  /**
   * The body gzip-compressed, made once and kept with the body: a cached body (the wall screen's 70 KB) is then
   * compressed once per data change instead of once per request, and clients that accept gzip (every browser)
   * get about a sixth of the bytes.
   */
  gzipped(): Buffer {
    this.gzip ??= gzipSync(this.json, { level: 6 });
    return this.gzip;
  }

  /** The gzip variant's ETag: a strong validator names one representation, so the two encodings differ. */
  get gzipEtag(): string {
    return `${this.etag.slice(0, -1)}-gz"`;
  }
}

/** Bodies below this many bytes are sent as they are: compressing them saves little. */
const GZIP_MIN_BYTES = 1024;

/** True when the Accept-Encoding header accepts gzip (and does not refuse it with q=0). */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Checks a value against the route's response schema once and serialises it with a strong ETag (SHA-1 of the body). */
export function serialiseChecked<R>(schema: z.ZodType<R>, value: R): SerialisedBody<R> {
  const json = JSON.stringify(schema.parse(value));
  return new SerialisedBody<R>(json, `"${createHash('sha1').update(json).digest('base64url')}"`);
}

/** True when an If-None-Match header names the ETag (or is `*`). */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}

/** Declares a route; generics flow from the zod schemas into the handler. */
export function defineRoute<A extends Access, P = undefined, Q = undefined, B = undefined, R = unknown>(def: RouteDef<A, P, Q, B, R>): RouteDef<A, P, Q, B, R> {
  return def;
}

// Route definitions are heterogeneous; the registry stores them with their types erased.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteDef<any, any, any, any, any>;

/** The caller of a public route without a session, for audit rows (identified by IP only). */
export function anonymousActor(req: FastifyRequest): AnonymousActor {
  return { userId: null, username: null, orgId: null, regionCode: null, ip: req.ip, trace: req.trace };
}

/** True for methods that change state. */
export const isMutation = (method: string) => method !== 'GET' && method !== 'HEAD';

/** Registers declared routes on the app with authentication, permission, CSRF and audit checks. */
export function registerRoutes(app: FastifyInstance, ctx: AppContext, routes: AnyRoute[]): void {
  for (const def of routes) {
    const status = def.status ?? 200;
    app.route({
      method: def.method,
      url: def.url,
      config: def.rateLimit ? { rateLimit: def.rateLimit(ctx.config) } : {},
      schema: {
        summary: def.summary,
        tags: def.tags,
        ...(def.params ? { params: def.params } : {}),
        ...(def.query ? { querystring: def.query } : {}),
        ...(def.body ? { body: def.body } : {}),
        ...(def.response ? { response: { [status]: def.response, '4xx': ZErrorBody } } : {}),
        ...(def.access === 'public' ? {} : { security: [{ session: [] }] }),
        description: def.access === 'public' ? '无需登录' : def.access === 'authenticated' ? '需登录' : `需权限 ${def.access}`,
      },
      // onRequest, before the body is parsed and validated: an anonymous caller learns nothing of a
      // route's body schema (401 first), a caller without the right or the CSRF token gets 403, not a 400.
      onRequest: async (req) => {
        const actor = req.actor;
        if (def.access !== 'public') {
          if (!actor) throw unauthorised(message(req.sessionExpired ? 'error.session_expired' : 'error.unauthorised'));
          if (actor.mustChangePassword && !def.allowBeforePasswordChange) throw forbidden(message('error.must_change_password'));
          if (def.access !== 'authenticated' && !actor.permissions.has(def.access)) throw forbidden();
        }
        if (actor && isMutation(def.method)) checkCsrf(req);
      },
      handler: async (req, reply) => {
        const actor = req.actor;
        const result: unknown = await def.handler({
          ctx,
          actor: actor as Actor,
          params: req.params,
          query: req.query,
          body: req.body,
          req,
          reply,
        });
        // Invariant: every successful mutation leaves exactly one audit row (house style).
        if (isMutation(def.method) && !def.readOnly && req.trace.auditRows !== 1) {
          throw new Error(`${def.method} ${def.url} wrote ${req.trace.auditRows} audit rows; every mutation must write exactly one`);
        }
        if (def.response === null) return reply;
        if (result instanceof SerialisedBody) {
          const gzip = result.json.length >= GZIP_MIN_BYTES && acceptsGzip(req.headers['accept-encoding']);
          const etag = gzip ? result.gzipEtag : result.etag;
          reply.header('etag', etag).header('vary', 'accept-encoding');
          if (etagMatches(req.headers['if-none-match'], etag)) return reply.code(304).send();
          reply.code(status).type('application/json; charset=utf-8');
          // The compressed body is kept with the cached body; a string with a JSON content type is sent as it
          // is. Either way the response schema's serialiser is skipped (the body passed the schema when made).
          if (gzip) return reply.header('content-encoding', 'gzip').send(result.gzipped());
          return reply.send(result.json);
        }
        reply.code(status);
        return result;
      },
    });
  }
}
