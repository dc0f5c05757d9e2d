import { z } from 'zod';

/** Organisation kinds (机构类型) and their Chinese labels. */
export const orgKinds = [
  'ip_bureau',
  'town_office',
  'enterprise',
  'university',
  'bank',
  'insurer',
  'police',
  'procuratorate',
  'court',
  'mediation',
  'ip_agency',
  'protection_centre',
  'individual',
  'guarantor',
] as const;
export const ZOrgKind = z.enum(orgKinds);
export type OrgKind = z.infer<typeof ZOrgKind>;

export const orgKindLabels: Record<OrgKind, { zh: string; en: string }> = {
  ip_bureau: { zh: '知识产权局（市场监管局）', en: 'IP bureau' },
  town_office: { zh: '乡镇（街道）市场监管所', en: 'Town market-supervision office' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  university: { zh: '高校/科研院所', en: 'University / research institute' },
  bank: { zh: '银行/金融机构', en: 'Bank / financial institution' },
  insurer: { zh: '保险机构', en: 'Insurer' },
  police: { zh: '公安机关', en: 'Police' },
  procuratorate: { zh: '检察院', en: 'Procuratorate' },
  court: { zh: '法院', en: 'Court' },
  mediation: { zh: '调解组织', en: 'Mediation organisation' },
  ip_agency: { zh: '知识产权服务机构', en: 'IP service agency' },
  protection_centre: { zh: '知识产权保护中心', en: 'IP protection centre' },
  individual: { zh: '个人', en: 'Individual' },
  guarantor: { zh: '融资担保机构', en: 'Financing guarantor' },
};

/** Every permission a route or policy can ask for. Modules add theirs here. */
export const permissions = [
  'org.read',
  'org.manage',
  'user.read',
  'user.manage',
  'enterprise.read',
  'enterprise.review',
  'enterprise.tag',
  'enterprise.self',
  'audit.read',
  'registry.read',
  'registry.manage',
  'utilization.review',
  'tech.post',
  'tech.oversee',
  'indicator.read',
  'indicator.report',
  'indicator.review',
  'indicator.manage',
  'overseas.manage',
  'overseas.advise',
  'whitelist.manage',
  'whitelist.bank',
  'credit.manage',
  'exhibition.manage',
  'subsidy.review',
  'lpr.manage',
  'finance.bank',
  'finance.oversee',
  'pledge.pledgee',
  'insurance.record',
  // Protection co-operation (#14 §4–6): referrals to the police and back, mediation, e-commerce opinions.
  'referral.manage',
  'referral.approve',
  'referral.receive',
  'mediation.manage',
  'mediation.conduct',
  'ecommerce.opinion',
  'case.handle',
  // Services (#16): fast pre-examination examiners; agency inspections (双随机一公开).
  'preexam.examine',
  'agency.inspect',
  // Services (#16 §3, §6): abnormal-application screening; outlets, trainings, enterprise needs.
  'screening.review',
  'outreach.manage',
] as const;
export const ZPermission = z.enum(permissions);
export type Permission = z.infer<typeof ZPermission>;

/** Roles (角色). */
export const roles = [
  'bureau_admin',
  'bureau_staff',
  'town_specialist',
  'enterprise_user',
  'bank_officer',
  'enforcement_partner',
  'mediator',
  'public',
  'expert',
] as const;
export const ZRole = z.enum(roles);
export type Role = z.infer<typeof ZRole>;

/**
 * How far a role's reach extends: `region` roles act on their organisation's region and every
 * region below it; `own-org` roles act only on their own organisation's records.
 */
export type RoleScope = 'region' | 'own-org';

export interface RoleDefinition {
  zh: string;
  en: string;
  scope: RoleScope;
  /** Organisation kinds a user with this role may belong to. */
  orgKinds: readonly OrgKind[];
  permissions: readonly Permission[];
}

/** The declared permissions of each role. */
export const roleDefinitions: Record<Role, RoleDefinition> = {
  bureau_admin: {
    zh: '知识产权局管理员',
    en: 'Bureau administrator',
    scope: 'region',
    orgKinds: ['ip_bureau'],
    permissions: [
      'org.read',
      'org.manage',
      'user.read',
      'user.manage',
      'enterprise.read',
      'enterprise.review',
      'enterprise.tag',
      'audit.read',
      'registry.read',
      'registry.manage',
      'utilization.review',
      'tech.oversee',
      'indicator.read',
      'indicator.report',
      'indicator.review',
      'indicator.manage',
      'overseas.manage',
      'whitelist.manage',
      'credit.manage',
      'exhibition.manage',
      'subsidy.review',
      'lpr.manage',
      'finance.oversee',
      'referral.manage',
      'referral.approve',
      'mediation.manage',
      'ecommerce.opinion',
      'case.handle',
      'preexam.examine',
      'agency.inspect',
      'screening.review',
      'outreach.manage',
    ],
  },
  bureau_staff: {
    zh: '知识产权局工作人员',
    en: 'Bureau staff',
    scope: 'region',
    orgKinds: ['ip_bureau', 'protection_centre'],
    permissions: [
      'org.read',
      'user.read',
      'enterprise.read',
      'enterprise.review',
      'enterprise.tag',
      'registry.read',
      'registry.manage',
      'utilization.review',
      'tech.oversee',
      'indicator.read',
      'indicator.report',
      'indicator.review',
      'indicator.manage',
      'overseas.manage',
      'whitelist.manage',
      'credit.manage',
      'exhibition.manage',
      'subsidy.review',
      'lpr.manage',
      'finance.oversee',
      'referral.manage',
      'mediation.manage',
      'ecommerce.opinion',
      'case.handle',
      'preexam.examine',
      'agency.inspect',
      'screening.review',
      'outreach.manage',
    ],
  },
  town_specialist: {
    zh: '乡镇（街道）专员',
    en: 'Town specialist',
    scope: 'region',
    orgKinds: ['town_office'],
    permissions: ['org.read', 'enterprise.read', 'registry.read', 'tech.oversee', 'indicator.read', 'indicator.report'],
  },
  enterprise_user: {
    zh: '企业用户',
    en: 'Enterprise user',
    scope: 'own-org',
    orgKinds: ['enterprise', 'university'],
    permissions: ['enterprise.self', 'registry.read', 'tech.post'],
  },
  bank_officer: {
    zh: '银行客户经理',
    en: 'Bank officer',
    scope: 'own-org',
    // A guarantor (担保机构) works its guarantee products and applications as a bank officer does.
    orgKinds: ['bank', 'insurer', 'guarantor'],
    permissions: ['registry.read', 'whitelist.bank', 'finance.bank', 'pledge.pledgee', 'insurance.record'],
  },
  enforcement_partner: {
    zh: '执法协作人员（公检法）',
    en: 'Enforcement partner',
    scope: 'own-org',
    orgKinds: ['police', 'procuratorate', 'court'],
    permissions: ['registry.read', 'referral.receive'],
  },
  mediator: {
    zh: '调解员',
    en: 'Mediator',
    scope: 'own-org',
    orgKinds: ['mediation', 'ip_agency'],
    permissions: ['registry.read', 'mediation.conduct'],
  },
  public: {
    zh: '社会公众',
    en: 'Member of the public',
    scope: 'own-org',
    orgKinds: ['individual'],
    permissions: ['registry.read'],
  },
  expert: {
    zh: '海外维权专家',
    en: 'Overseas dispute expert',
    scope: 'own-org',
    orgKinds: ['ip_agency', 'individual', 'university'],
    permissions: ['registry.read', 'overseas.advise'],
  },
};

/** True when the role declares the permission. */
export function roleHas(role: Role, permission: Permission): boolean {
  return roleDefinitions[role].permissions.includes(permission);
}
