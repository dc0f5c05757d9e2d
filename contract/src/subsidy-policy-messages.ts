/**
 * Messages of the policies staff maintain (`policy_admin.*`) and of the batch approval's re-check (`subsidy.held_*`):
 * an application held out of a batch names why. Part of the message catalogue (`messages.ts` spreads them in).
 */
export const subsidyPolicyMessages = {
  'subsidy.held_credit': {
    zh: '批准时复核：企业在知识产权信用管理名单上（{{listing}}），暂缓出本批次并退回重新审核',
    en: 'Re-checked at approval: the enterprise is on the IP credit list ({{listingEn}}); held out of this batch and returned for review',
  },
  'subsidy.held_cap': {
    zh: '批准时复核：按已批准的额度重算，{{cap}}上限 {{limit}} 元已用 {{used}} 元，本申报只剩 {{amount}} 元（审核时为 {{approved}} 元），暂缓出本批次并退回重新审核',
    en: 'Re-checked at approval: with what has been granted, the {{capEn}} cap of {{limit}} yuan has {{used}} yuan used, leaving {{amount}} yuan (reviewed at {{approved}} yuan); held out of this batch and returned for review',
  },
  'subsidy.held_ineligible': {
    zh: '批准时复核：不再符合政策条件（{{reasons}}），暂缓出本批次并退回重新审核',
    en: 'Re-checked at approval: the policy conditions are no longer met ({{reasons}}); held out of this batch and returned for review',
  },
  'subsidy.held_incomplete': {
    zh: '批准时复核：重算缺少所需数据（如当月 LPR 未录入），暂缓出本批次并退回重新审核',
    en: 'Re-checked at approval: a figure the computation needs is missing (such as a month’s LPR); held out of this batch and returned for review',
  },
  'subsidy.batch_all_held': {
    zh: '批次中的 {{count}} 件申报在批准时复核均未通过，批次未批准（原因见各申报）',
    en: 'All {{count}} applications of the batch failed the re-check at approval; the batch was not approved (see each application’s reason)',
  },
  'policy_admin.city_only': {
    zh: '政策只能由市级（或省级）知识产权管理部门维护',
    en: 'Policies are maintained by a city (or province) IP office only',
  },
  'policy_admin.unknown': { zh: '没有键为“{{key}}”的政策', en: 'No policy with the key “{{key}}”' },
  'policy_admin.key_taken': { zh: '政策键“{{key}}”已被使用', en: 'The policy key “{{key}}” is taken' },
} as const;
