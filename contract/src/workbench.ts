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
  'tech.supply': { zh: '技术供应大厅', en: 'Technology supply hall', hint: { zh: '已发布的技术成果供应', en: 'Published technology listings' } },
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
