import { z } from 'zod';
import { ZMessage } from './messages.js';

/**
 * Cards of the workbench (工作台). A module registers its cards with the platform (`registerWorkbenchCard`);
 * the key is a stable code whose title and hint in either language come from this table.
 * `queue` cards count work waiting for the caller (the count equals the total of the list they link to);
 * `shortcut` cards open a service the caller's role can use, with a count when one means something.
 */
export const workbenchCardCatalogue = {
  'workflow.queue': {
    zh: '待我处理',
    en: 'Waiting for me',
    hint: { zh: '分配给本机构或本人岗位的待办事项', en: 'Steps waiting for your organisation or your post' },
  },
  'notifications.unread': { zh: '未读通知', en: 'Unread notifications', hint: { zh: '站内通知中尚未阅读的', en: 'In-app notifications not yet read' } },
  'enterprises.pendingReview': {
    zh: '企业注册待审核',
    en: 'Enterprise registrations to review',
    hint: { zh: '辖区内提交实名注册、等待审核的企业', en: 'Enterprises in your jurisdiction waiting for real-name review' },
  },
  'overseas.pendingTriage': {
    zh: '海外纠纷求助待分派',
    en: 'Overseas dispute requests to triage',
    hint: { zh: '辖区内企业提交、等待分派专家或工作站的求助', en: 'Requests of enterprises in your jurisdiction waiting for an expert or workstation' },
  },
  'overseas.assignedToMe': {
    zh: '指派给我的海外纠纷求助',
    en: 'Overseas dispute requests assigned to me',
    hint: { zh: '待响应或待办结的求助', en: 'Requests waiting for your response or closure' },
  },
  'openLicences.pendingReview': {
    zh: '开放许可声明待审核',
    en: 'Open-licence declarations to review',
    hint: { zh: '辖区内专利权人提交的开放许可声明', en: 'Declarations by patentees in your jurisdiction' },
  },
  'filings.pendingReview': {
    zh: '备案待审核',
    en: 'Filings to review',
    hint: { zh: '辖区内企业提交的转让、许可与产品备案', en: 'Transfer, licence and product filings in your jurisdiction' },
  },
  'indicators.pendingFigures': {
    zh: '填报数据待审核',
    en: 'Reported figures to review',
    hint: { zh: '辖区内填报、等待复核的指标数据', en: 'Reported indicator figures in your jurisdiction waiting for review' },
  },
  'imports.jobs': {
    zh: '数据导入',
    en: 'Data imports',
    hint: { zh: '本辖区的导入任务（进度与错误报告）', en: 'Import jobs of your jurisdiction (progress and error reports)' },
  },
  'tech.mine': {
    zh: '我的供需',
    en: 'My supply and demand',
    hint: { zh: '本单位发布的技术需求与供应（含草稿）', en: 'Your organisation’s demands and listings, drafts included' },
  },
  'patents.search': { zh: '专利检索', en: 'Patent search', hint: { zh: '检索本地专利登记库', en: 'Search the local patent registry' } },
  'openLicences.catalogue': {
    zh: '开放许可目录',
    en: 'Open-licence catalogue',
    hint: { zh: '可按公告条件直接获得许可的专利', en: 'Patents licensable on their published terms' },
  },
  'subsidies.pendingReview': {
    zh: '贴息申报待审核',
    en: 'Interest-subsidy applications to review',
    hint: { zh: '辖区内企业提交的质押融资贴息申报', en: 'Pledge-loan interest-subsidy applications in your jurisdiction' },
  },
  'subsidies.mine': {
    zh: '贴息申报',
    en: 'Interest subsidies',
    hint: { zh: '申报质押融资贴息，查看逐行计算', en: 'Apply for a pledge-loan interest subsidy and see how it is computed' },
  },
  'finance.bankQueue': {
    zh: '融资申请待办',
    en: 'Financing applications to work',
    hint: { zh: '向本行提出、待受理或待审批的融资申请（含时限）', en: 'Applications to your bank awaiting acceptance or a decision, with their clocks' },
  },
  'finance.productReview': {
    zh: '金融产品待审核',
    en: 'Finance products to review',
    hint: { zh: '银行提交、待审核上架的金融产品版本', en: 'Product versions submitted by banks, waiting to be listed' },
  },
  'finance.supermarket': {
    zh: '金融超市',
    en: 'Finance supermarket',
    hint: { zh: '知识产权质押融资等金融产品', en: 'IP pledge loans and other finance products' },
  },
  'referrals.received': {
    zh: '移送协作',
    en: 'Referrals',
    hint: { zh: '移送本单位或由本院监督、尚待处理的案件', en: 'Cases referred to your unit or in your supervision that wait for you' },
  },
  'referrals.bureau': {
    zh: '行刑衔接待办',
    en: 'Criminal referrals to handle',
    hint: {
      zh: '辖区内待决定、移交、复议或接收反向移送的案件',
      en: 'Referrals in your jurisdiction waiting for a decision, handover, reconsideration or receipt',
    },
  },
  'mediations.mine': {
    zh: '调解案件',
    en: 'Mediations',
    hint: { zh: '分派给本调解组织、尚未办结的调解', en: 'Mediations assigned to your organisation that are not finished' },
  },
  'ecommerce.pending': {
    zh: '电商侵权判定咨询',
    en: 'E-commerce opinions',
    hint: { zh: '辖区内待出具的侵权判定咨询意见', en: 'Infringement determination opinions waiting to be issued' },
  },
  'tech.supply': { zh: '技术供应大厅', en: 'Technology supply hall', hint: { zh: '已发布的技术成果供应', en: 'Published technology listings' } },
  'whitelists.pushed': {
    zh: '授信白名单',
    en: 'Credit white lists',
    hint: { zh: '知识产权局推送给本行的授信白名单，逐户反馈对接与授信情况', en: 'White lists the IP bureau pushed to your bank; report back per enterprise' },
  },
  'pledges.awaitingConfirmation': {
    zh: '质押登记申请待本行确认',
    en: 'Pledge applications awaiting your confirmation',
    hint: { zh: '企业提交、以本行为质权人的质押登记申请', en: 'Pledge applications naming your bank as pledgee' },
  },
  'pledges.awaitingAuthority': {
    zh: '质押登记待办理',
    en: 'Pledge registrations to process',
    hint: { zh: '辖区内双方已确认、待登记机关办理的质押登记', en: 'Joint pledge applications in your jurisdiction awaiting the registering authority' },
  },
  'insurance.policies': {
    zh: '知识产权保险',
    en: 'IP insurance',
    hint: { zh: '本机构登记的知识产权保险保单与理赔', en: 'IP insurance policies and claims your organisation recorded' },
  },
  'cases.newComplaints': {
    zh: '投诉举报待受理',
    en: 'Complaints and reports to handle',
    hint: { zh: '辖区内新收到、等待受理或核查的投诉举报', en: 'New complaints and reports in your jurisdiction awaiting acceptance or check' },
  },
  'cases.overdue': {
    zh: '超期案件',
    en: 'Overdue cases',
    hint: { zh: '辖区内法定期限已届满的行政处罚案件', en: 'Penalty cases in your jurisdiction past a statutory time limit' },
  },
} as const satisfies Record<string, { zh: string; en: string; hint: { zh: string; en: string } }>;

export type WorkbenchCardKey = keyof typeof workbenchCardCatalogue;
export const workbenchCardKeys = Object.keys(workbenchCardCatalogue) as [WorkbenchCardKey, ...WorkbenchCardKey[]];
export const ZWorkbenchCardKey = z.enum(workbenchCardKeys);

export const workbenchCardKinds = ['queue', 'shortcut'] as const;
export const ZWorkbenchCardKind = z.enum(workbenchCardKinds);
export type WorkbenchCardKind = z.infer<typeof ZWorkbenchCardKind>;

/** One card of the caller's workbench. */
export const ZWorkbenchCard = z.object({
  key: ZWorkbenchCardKey,
  kind: ZWorkbenchCardKind,
  /** Where the card leads (a web path; a queue card's list shows exactly `count` rows in all). */
  link: z.string(),
  /** How many; null for a shortcut that counts nothing. */
  count: z.number().int().nonnegative().nullable(),
  /** Of the count, how many are overdue (queue cards with deadlines), else null. */
  overdue: z.number().int().nonnegative().nullable(),
});
export type WorkbenchCard = z.infer<typeof ZWorkbenchCard>;

/** The caller's workbench: the cards their permissions allow, and notes (e.g. that their role's services are coming). */
export const ZWorkbench = z.object({ cards: z.array(ZWorkbenchCard), notes: z.array(ZMessage) });
export type Workbench = z.infer<typeof ZWorkbench>;
