import { usccCheckCharacter, type OrgKind, type Role } from '@zhichan/contract';
import type { AppContext } from '../platform/context.js';
import { nowIso } from '../platform/context.js';
import { recordAudit } from '../platform/audit.js';
import { hashPassword } from '../platform/password-hash.js';
import { notifyUsers } from '../platform/notify.js';
import { seedOpenLicensingDemo } from '../modules/open-licensing/demo.js';
import { seedTechMatchingDemo } from '../modules/tech-matching/demo.js';
import { seedIndicatorDemo } from '../modules/indicators/demo.js';
import { seedOverseasDemo } from '../modules/overseas/demo.js';
import { seedSubsidyDemo } from '../modules/subsidies/demo.js';
import { seedFinanceDemo } from '../modules/finance/demo.js';
import { seedRemindersDemo } from '../modules/reminders/demo.js';
import { seedPreexamDemo } from '../modules/preexam/demo.js';
import { seedAgencyInspectionDemo } from '../modules/agency-inspections/demo.js';
import { seedScreeningDemo } from '../modules/abnormal-screening/demo.js';
import { seedOutreachDemo } from '../modules/outreach/demo.js';

/** The password of every demo account (printed at start; demo data only). */
export const DEMO_PASSWORD = 'Demo@2026';

/** A well-formed credit code for a demo enterprise: valid check character, clearly fictional body. */
export function demoCreditCode(regionCode: string, n: number): string {
  const first17 = `91${regionCode.slice(0, 6)}MA3${String(n).padStart(5, '0')}D`;
  return first17 + usccCheckCharacter(first17);
}

interface DemoOrg {
  key: string;
  kind: OrgKind;
  name: string;
  region: string;
  status?: 'active' | 'pending';
  enterprise?: { industry: string; legalRepresentative: string; address: string; tags: string[]; contact: { name: string; phone: string; idNumber: string } };
}

const ORGS: DemoOrg[] = [
  { key: 'city', kind: 'ip_bureau', name: '济宁市市场监督管理局（知识产权局）【演示】', region: '370800' },
  { key: 'rencheng', kind: 'ip_bureau', name: '济宁市任城区市场监督管理局【演示】', region: '370811' },
  { key: 'zoucheng', kind: 'ip_bureau', name: '邹城市市场监督管理局【演示】', region: '370883' },
  { key: 'town', kind: 'town_office', name: '任城区许庄街道市场监管所【演示】', region: '370811002' },
  { key: 'centre', kind: 'protection_centre', name: '中国（济宁）知识产权保护中心【演示】', region: '370800' },
  { key: 'bank', kind: 'bank', name: '演示银行济宁分行【演示】', region: '370800' },
  { key: 'police', kind: 'police', name: '济宁市公安局经侦支队【演示】', region: '370800' },
  { key: 'mediation', kind: 'mediation', name: '济宁市知识产权纠纷人民调解委员会【演示】', region: '370800' },
  { key: 'procuratorate', kind: 'procuratorate', name: '济宁市人民检察院【演示】', region: '370800' },
  { key: 'person', kind: 'individual', name: '个人用户·王先生【演示】', region: '370811' },
  { key: 'expertOrg', kind: 'ip_agency', name: '济宁演示涉外知识产权服务中心【演示】', region: '370800' },
  {
    key: 'ent1',
    kind: 'enterprise',
    name: '济宁演示智能装备有限公司【演示】',
    region: '370811002',
    enterprise: {
      industry: '通用设备制造业',
      legalRepresentative: '张演示',
      address: '济宁市任城区许庄街道演示路1号',
      tags: ['high_tech', 'specialised_sme'],
      contact: { name: '李联系', phone: '13800005371', idNumber: '370811199001011234' },
    },
  },
  {
    key: 'ent2',
    kind: 'enterprise',
    name: '邹城演示新材料股份有限公司【演示】',
    region: '370883',
    enterprise: {
      industry: '化学原料和化学制品制造业',
      legalRepresentative: '孙演示',
      address: '邹城市演示大道88号',
      tags: ['above_scale', 'ip_advantage'],
      contact: { name: '周联系', phone: '13900005372', idNumber: '370883198805051236' },
    },
  },
  {
    key: 'ent3',
    kind: 'enterprise',
    name: '曲阜演示文旅科技有限公司【演示】',
    region: '370881',
    enterprise: {
      industry: '软件和信息技术服务业',
      legalRepresentative: '孔演示',
      address: '曲阜市演示街6号',
      tags: [],
      contact: { name: '颜联系', phone: '13700005373', idNumber: '370881199203031238' },
    },
  },
  {
    key: 'ent4',
    kind: 'enterprise',
    name: '任城演示生物医药有限公司【演示】',
    region: '370811',
    status: 'pending',
    enterprise: {
      industry: '医药制造业',
      legalRepresentative: '吴演示',
      address: '济宁市任城区演示园区3号',
      tags: [],
      contact: { name: '郑联系', phone: '13600005374', idNumber: '370811199507071230' },
    },
  },
];

const USERS: { username: string; displayName: string; role: Role; org: string }[] = [
  { username: 'city_admin', displayName: '市局管理员（演示）', role: 'bureau_admin', org: 'city' },
  { username: 'city_staff', displayName: '市局工作人员（演示）', role: 'bureau_staff', org: 'city' },
  { username: 'rencheng_staff', displayName: '任城区局工作人员（演示）', role: 'bureau_staff', org: 'rencheng' },
  { username: 'zoucheng_staff', displayName: '邹城市局工作人员（演示）', role: 'bureau_staff', org: 'zoucheng' },
  { username: 'town_specialist', displayName: '许庄街道专员（演示）', role: 'town_specialist', org: 'town' },
  { username: 'enterprise', displayName: '智能装备企业用户（演示）', role: 'enterprise_user', org: 'ent1' },
  { username: 'enterprise_pending', displayName: '生物医药企业用户（演示）', role: 'enterprise_user', org: 'ent4' },
  { username: 'bank', displayName: '银行客户经理（演示）', role: 'bank_officer', org: 'bank' },
  { username: 'police', displayName: '经侦民警（演示）', role: 'enforcement_partner', org: 'police' },
  { username: 'mediator', displayName: '调解员（演示）', role: 'mediator', org: 'mediation' },
  { username: 'procurator', displayName: '检察官（演示）', role: 'enforcement_partner', org: 'procuratorate' },
  { username: 'public', displayName: '王先生（演示）', role: 'public', org: 'person' },
  { username: 'expert', displayName: '海外维权专家（演示）', role: 'expert', org: 'expertOrg' },
];

/** True when the database has no organisations yet (a fresh install). */
export async function isEmpty(ctx: AppContext): Promise<boolean> {
  const r = await ctx.db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  return !r;
}

/**
 * Loads the demo data set for Jining (济宁市 370800): bureaus, a town office, partner institutions,
 * enterprises (one awaiting review) and one user per role. Every row is flagged is_demo and every
 * name carries 【演示】. Returns the demo logins.
 */
export async function seedDemo(ctx: AppContext): Promise<{ username: string; displayName: string; role: Role }[]> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const at = nowIso(ctx);
  const system = { userId: null, username: 'system', orgId: null, regionCode: '370800', ip: null, trace: { auditRows: 0 } };
  const orgIds = new Map<string, number>();
  const pendingUserIds: number[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    let n = 0;
    for (const o of ORGS) {
      n += 1;
      const r = await trx
        .insertInto('organisations')
        .values({
          kind: o.kind,
          name: o.name,
          credit_code: o.kind === 'individual' ? null : demoCreditCode(o.region, n),
          region_code: o.region,
          status: o.status ?? 'active',
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(o.key, Number(r.id));
    }
    for (const u of USERS) {
      const orgId = orgIds.get(u.org) ?? 0;
      const r = await trx
        .insertInto('users')
        .values({
          username: u.username,
          display_name: u.displayName,
          password_hash: hash,
          org_id: orgId,
          role: u.role,
          phone: '13000005370',
          status: 'active',
          must_change_password: 0,
          is_demo: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (u.org === 'ent4') pendingUserIds.push(Number(r.id));
    }
    for (const o of ORGS) {
      if (!o.enterprise) continue;
      const orgId = orgIds.get(o.key) ?? 0;
      const e = o.enterprise;
      await trx
        .insertInto('enterprise_profiles')
        .values({
          org_id: orgId,
          industry: e.industry,
          address: e.address,
          legal_representative: e.legalRepresentative,
          registered_capital: 5_000_000,
          established_on: '2015-06-18',
          tags: JSON.stringify(e.tags),
          submitted_by: null,
          submitted_at: at,
          reviewed_by: null,
          reviewed_at: o.status === 'pending' ? null : at,
          reject_reason: null,
        })
        .execute();
      await trx
        .insertInto('enterprise_contacts')
        .values({ org_id: orgId, name: e.contact.name, title: '知识产权专员', phone: e.contact.phone, id_number: e.contact.idNumber, email: null })
        .execute();
    }
    await recordAudit(ctx, trx, system, {
      action: 'demo.seed',
      entityType: 'system',
      entityId: null,
      after: { organisations: ORGS.length, users: USERS.length },
    });
  });
  // The city and Rencheng reviewers see the pending registration in their inbox.
  const reviewers = await ctx.db.selectFrom('users').select('id').where('username', 'in', ['city_admin', 'city_staff', 'rencheng_staff']).execute();
  await notifyUsers(
    ctx,
    reviewers.map((r) => ({
      userId: r.id,
      kind: 'enterprise.review_requested',
      title: '新企业注册待审核：任城演示生物医药有限公司【演示】',
      body: '演示数据：一家待实名审核的企业。',
      link: `/enterprises/${orgIds.get('ent4') ?? 0}`,
    })),
  );
  await seedTechMatchingDemo(ctx);
  void pendingUserIds;
  await seedOpenLicensingDemo(ctx);
  await seedIndicatorDemo(ctx);
  await seedOverseasDemo(ctx, orgIds.get('expertOrg') ?? null);
  await seedSubsidyDemo(ctx);
  await seedFinanceDemo(ctx);
  await seedRemindersDemo(ctx);
  await seedPreexamDemo(ctx);
  await seedAgencyInspectionDemo(ctx);
  await seedScreeningDemo(ctx, orgIds.get('ent1') ?? null);
  await seedOutreachDemo(ctx, orgIds.get('ent1') ?? null);
  return USERS.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role }));
}
