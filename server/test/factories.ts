import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { CreditBehaviour, CreditMeasure, OrgKind, Role } from '@zhichan/contract';
import { usccCheckCharacter } from '@zhichan/contract';
import type { AppContext } from '../src/platform/context.js';
import { hashPassword } from '../src/platform/password-hash.js';

export const TEST_PASSWORD = 'Test@2026x';
let seq = 0;
let cachedHash: Promise<string> | undefined;

/** A valid credit code (GB 32100 check character) unique within the test run. */
export function buildCreditCode(region = '370811'): string {
  seq += 1;
  const first17 = `91${region.slice(0, 6)}MA3${String(seq).padStart(5, '0')}T`;
  return first17 + usccCheckCharacter(first17);
}

/** Inserts an organisation; overrides win over defaults. */
export async function buildOrg(ctx: AppContext, o: { kind?: OrgKind; region?: string; status?: string; name?: string } = {}) {
  seq += 1;
  const at = ctx.clock.now().toISOString();
  const kind = o.kind ?? 'ip_bureau';
  const r = await ctx.db
    .insertInto('organisations')
    .values({
      kind,
      name: o.name ?? `测试机构${seq}`,
      credit_code: kind === 'individual' ? null : buildCreditCode(o.region ?? '370811'),
      region_code: o.region ?? '370811',
      status: o.status ?? 'active',
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id), region: o.region ?? '370811', kind };
}

/** Inserts an enterprise organisation with its profile and one contact. */
export async function buildEnterprise(ctx: AppContext, o: { region?: string; status?: string; name?: string } = {}) {
  const org = await buildOrg(ctx, { kind: 'enterprise', region: o.region, status: o.status ?? 'active', name: o.name ?? `测试企业${seq + 1}有限公司` });
  const at = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto('enterprise_profiles')
    .values({
      org_id: org.id,
      industry: '制造业',
      address: '测试地址',
      legal_representative: '测试',
      registered_capital: null,
      established_on: null,
      tags: '[]',
      submitted_by: null,
      submitted_at: at,
      reviewed_by: null,
      reviewed_at: null,
      reject_reason: null,
    })
    .execute();
  await ctx.db
    .insertInto('enterprise_contacts')
    .values({ org_id: org.id, name: '联系人', title: null, phone: '13812345678', id_number: '370811199001011234', email: null })
    .execute();
  return org;
}

/** Inserts a user in an organisation with the test password. */
export async function buildUser(ctx: AppContext, o: { orgId: number; role: Role; username?: string }) {
  seq += 1;
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const at = ctx.clock.now().toISOString();
  const username = o.username ?? `user${seq}`;
  const r = await ctx.db
    .insertInto('users')
    .values({
      username,
      display_name: `测试用户${seq}`,
      password_hash: await cachedHash,
      org_id: o.orgId,
      role: o.role,
      phone: '13900001111',
      status: 'active',
      must_change_password: 0,
      is_demo: 0,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(r.id), username };
}

/** An HTTP client bound to one signed-in session (cookie + CSRF token), through app.inject. */
export interface Client {
  csrf: string | null;
  cookie: string | null;
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    opts?: { csrf?: boolean; multipart?: MultipartUpload },
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export function anonymousClient(app: FastifyInstance): Client {
  const client: Client = {
    csrf: null,
    cookie: null,
    request: async (method, url, body, opts) => {
      const headers: Record<string, string> = {};
      if (client.cookie) headers.cookie = client.cookie;
      if (client.csrf && opts?.csrf !== false) headers['x-csrf-token'] = client.csrf;
      let payload: string | object | Buffer | undefined = body as object | undefined;
      if (opts?.multipart) {
        const m = multipartBody(opts.multipart);
        headers['content-type'] = m.contentType;
        payload = m.body;
      }
      const res = await app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
      const set = res.cookies.find((c) => c.name === 'zc_session');
      if (set) client.cookie = set.value ? `zc_session=${set.value}` : null;
      if (res.headers['content-type']?.toString().includes('json')) {
        const j = res.json<{ csrfToken?: string | null }>();
        if (j && typeof j === 'object' && 'csrfToken' in j && j.csrfToken !== undefined) client.csrf = j.csrfToken;
      }
      return res;
    },
    get: (url) => client.request('GET', url),
    post: (url, body) => client.request('POST', url, body ?? {}),
  };
  return client;
}

/** A file upload as a browser form sends it: fields first, then the file. */
export interface MultipartUpload {
  fields?: Record<string, string>;
  file: { name: string; content: string | Buffer; type?: string };
}

/** Encodes a multipart/form-data body (the real wire format the server's multipart parser reads). */
export function multipartBody(m: MultipartUpload): { contentType: string; body: Buffer } {
  const boundary = `----zhichan${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(m.fields ?? {})) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${m.file.name}"\r\nContent-Type: ${m.file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
  );
  parts.push(Buffer.isBuffer(m.file.content) ? m.file.content : Buffer.from(m.file.content));
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

/** Signs in and returns a client holding the session. */
export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const c = anonymousClient(app);
  const res = await c.post('/api/auth/login', { username, password });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return c;
}

/** Number of audit rows so far. */
export async function auditCount(ctx: AppContext): Promise<number> {
  const r = await ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Inserts a patent with its IPC rows and events, then runs the patent write hooks (as the importer does). */
export async function buildPatent(
  ctx: AppContext,
  o: {
    kind?: 'invention' | 'utility' | 'design';
    /** null: the source gave no filing date (no expiry follows). */
    appDate?: string | null;
    grantDate?: string | null;
    region?: string;
    ipc?: string[];
    family?: { country: string; number: string; granted: boolean }[];
    events?: { kind: string; date: string; details?: unknown }[];
    title?: string;
  } = {},
) {
  const { expiryDate, terminationDate } = await import('../src/modules/patents/legal-status.js');
  const { runPatentWriteHooks, recordPatentEvents } = await import('../src/modules/patents/api.js');
  seq += 1;
  const kind = o.kind ?? 'invention';
  const appDate = o.appDate === undefined ? '2018-03-01' : o.appDate;
  const grantDate = o.grantDate === undefined ? '2020-06-01' : o.grantDate;
  const ipc = o.ipc ?? ['H01M10/0525'];
  const events = [...(grantDate ? [{ kind: 'grant', date: grantDate }] : []), ...(o.events ?? [])];
  const at = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto('patents')
      .values({
        app_no: `CN2018${String(seq).padStart(7, '0')}.X`,
        pub_no: null,
        grant_no: null,
        kind,
        title: o.title ?? `测试专利${seq}`,
        abstract: null,
        first_claim: null,
        app_date: appDate,
        pub_date: null,
        grant_date: grantDate,
        priority_date: null,
        applicants: '[]',
        holders: '[]',
        inventors: '[]',
        applicant_type: null,
        address: null,
        region_code: o.region ?? '370811',
        main_ipc: ipc[0] ?? null,
        ipc: JSON.stringify(ipc),
        cpc: '[]',
        agency: null,
        agents: '[]',
        pct: null,
        family: JSON.stringify(o.family ?? []),
        citations: '[]',
        source_status: null,
        expires_on: appDate === null ? null : expiryDate(kind, appDate),
        terminated_on: terminationDate(events.map((e) => ({ kind: e.kind, event_date: e.date }))),
        is_demo: 0,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(r.id);
    await trx
      .insertInto('patent_ipc')
      .values(ipc.map((code, i) => ({ patent_id: id, code, is_main: i === 0 ? 1 : 0 })))
      .execute();
    // Pledges are registered through the patents module's typed events API (the pledge register high-value reads).
    const pledges = events.filter((e) => e.kind === 'pledge');
    const history = events.filter((e) => e.kind !== 'pledge');
    if (history.length > 0) {
      await trx
        .insertInto('patent_events')
        .values(
          history.map((e) => ({
            patent_id: id,
            event_date: e.date,
            kind: e.kind,
            summary: '',
            details: e.details === undefined ? null : JSON.stringify(e.details),
            source: 'test',
            created_at: at,
          })),
        )
        .execute();
    }
    await recordPatentEvents(
      ctx,
      trx,
      pledges.map((e) => {
        const d = (e.details ?? {}) as { amount?: number; pledgee?: string; registrationNo?: string };
        return {
          patentId: id,
          date: e.date,
          kind: 'pledge' as const,
          summary: '',
          pledge: { pledgee: d.pledgee ?? '测试银行', amount: d.amount ?? 0 },
          authority: { kind: 'cnipa' as const, number: d.registrationNo ?? null },
        };
      }),
    );
    await runPatentWriteHooks(ctx, trx, [id]);
    return { id };
  });
}

/** Lists an organisation on the IP credit list (信用管理名单) directly, as the credit module's listing step would. */
export async function buildCreditListing(
  ctx: AppContext,
  o: {
    orgId: number;
    behaviour?: CreditBehaviour;
    measures?: CreditMeasure[];
    startsOn: string;
    endsOn: string;
    endedOn?: string;
    authority?: string;
    decisionNo?: string;
  },
): Promise<number> {
  const at = ctx.clock.now().toISOString();
  const org = await ctx.db.selectFrom('organisations').select(['name', 'region_code']).where('id', '=', o.orgId).executeTakeFirstOrThrow();
  const r = await ctx.db
    .insertInto('credit_listings')
    .values({
      org_id: o.orgId,
      subject_kind: 'org',
      subject_name: org.name,
      region_code: org.region_code,
      behaviour: o.behaviour ?? 'abnormal_patent_application',
      measures_json: JSON.stringify(o.measures ?? ['funding_review', 'award_exclusion']),
      evidence: '测试证据',
      authority: o.authority ?? '济宁市市场监督管理局',
      decision_no: o.decisionNo ?? '济市监信〔2026〕1号',
      decided_on: o.startsOn,
      starts_on: o.startsOn,
      ends_on: o.endsOn,
      ended_on: o.endedOn ?? null,
      status: o.endedOn ? 'repaired' : 'in_force',
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}
