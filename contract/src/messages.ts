import { z } from 'zod';
import { creditMessages } from './credit-messages.js';
import { exhibitionMessages } from './exhibitions-messages.js';
import { workbenchMessages } from './workbench-messages.js';
import { overseasMessages } from './overseas-messages.js';
import { whitelistMessages } from './whitelist-messages.js';
import { subsidyMessages } from './subsidy-messages.js';
import { subsidyPolicyMessages } from './subsidy-policy-messages.js';
import { financeMessages } from './finance-messages.js';
import { pledgeMessages } from './pledges-messages.js';
import { cooperationMessages } from './cooperation-messages.js';
import { casesMessages, disputeMessages } from './cases-messages.js';
import { reminderMessages } from './reminders-messages.js';
import { financeChainMessages } from './finance-chain-messages.js';
import { preexamMessages } from './preexam-messages.js';
import { agencyInspectionMessages } from './agency-inspections-messages.js';
import { abnormalScreeningMessages } from './abnormal-screening-messages.js';
import { outreachMessages } from './outreach-messages.js';

/**
 * Message catalogue (消息代码): notes the server attaches to records carry a stable code and parameters;
 * the server fills `text` in Chinese, and the web app renders the code in the user's language from this
 * same table (`messageText`). Codes never change once shipped; texts may be reworded. `{{name}}` marks a
 * parameter, as in the web app's i18n texts.
 */
export const messageCatalogue = {
  /** A working-day clock reached into a year whose official holiday arrangement has not been entered. */
  'calendar.year_unarranged': {
    zh: '{{year}}年节假日安排未录入，期限按自然工作日估算',
    en: 'The {{year}} public holiday arrangement has not been entered; the deadline is estimated on weekdays only',
  },
  /** A running import stopped giving signs of life (its process was killed or crashed). */
  'imports.interrupted': {
    zh: '导入已中断：超过 {{minutes}} 分钟没有进展（导入进程可能已停止）。已提交的批次均已保存，重新导入同一文件即可续传（按申请号/注册号去重，不会重复）。',
    en: 'The import was interrupted: no progress for over {{minutes}} minutes (its process may have stopped). Committed batches are kept; re-run the same file to resume (records are matched by application or registration number, never duplicated).',
  },
  ...workbenchMessages,
  ...whitelistMessages,
  ...financeMessages,
  ...creditMessages,
  ...overseasMessages,
  ...exhibitionMessages,
  ...subsidyMessages,
  ...pledgeMessages,
  ...cooperationMessages,
  ...casesMessages,
  ...disputeMessages,
  ...reminderMessages,
  ...subsidyPolicyMessages,
  ...financeChainMessages,
  ...preexamMessages,
  ...agencyInspectionMessages,
  ...abnormalScreeningMessages,
  ...outreachMessages,
  // —— Workflow refusals (who may take a step; the record's status does not allow it). `…En` parameters carry the
  // English labels of the Chinese ones (a workflow's labels in each language). ——
  'workflow.who_may': { zh: '只有{{who}}可以执行“{{action}}”', en: 'Only {{whoEn}} may take the step “{{actionEn}}”' },
  'workflow.wrong_status': {
    zh: '当前状态为“{{current}}”，不能执行“{{action}}”（仅{{allowed}}时可以）',
    en: 'The record is “{{currentEn}}”: “{{actionEn}}” is possible only when it is {{allowedEn}}',
  },

  // —— Plans (工作方案) ——
  'plans.task_not_in_plan': { zh: '工作任务不属于该方案或重复', en: 'The task does not belong to this plan, or is listed twice' },
  'plans.end_before_start': { zh: '结束年份不能早于开始年份', en: 'The end year cannot be before the start year' },
  'plans.org_outside_region': { zh: '责任单位须为方案所属地区内的机构', en: "The responsible organisation must be within the plan's region" },
  'plans.delete_has_work': {
    zh: '该工作方案已有工作记录（已完成任务 {{done}} 项，已发送逾期提醒 {{notified}} 项），不能删除；请修改方案而不是删除',
    en: 'This plan has recorded work ({{done}} tasks done, {{notified}} overdue reminders sent) and cannot be deleted; edit the plan instead',
  },

  // —— Work-queue steps (待我处理): the step of an open work item ——
  'work.filing_review': { zh: '备案待审核', en: 'Filing awaiting review' },
  'work.filing_returned': { zh: '备案退回补正', en: 'Filing returned for correction' },
  'work.open_licence_review': { zh: '开放许可声明待审核', en: 'Open licence declaration awaiting review' },
  'work.open_licence_returned': { zh: '开放许可声明退回修改', en: 'Open licence declaration returned for revision' },
  'work.filing_awaiting_authority': {
    zh: '待登记登记机关备案号',
    en: "Awaiting the registering authority's filing number (CNIPA or its delegated office)",
  },
  'work.open_licence_awaiting_announcement': {
    zh: '待登记国家知识产权局公告',
    en: "Awaiting CNIPA's announcement of the declaration",
  },

  // —— Platform errors (the error handler's own bodies; `error` keeps its short code) ——
  'error.validation': { zh: '请求参数有误', en: 'The request has invalid fields' },
  'error.rate_limited': { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; please try again later' },
  'error.invalid_data': {
    zh: '提交的内容含有无法保存的字符或数值，请检查后重试',
    en: 'The submission contains a character or number that cannot be stored; please check it and try again',
  },
  'error.constraint_violation': {
    zh: '提交的内容不完整或不符合规则，请检查后重试',
    en: 'The submission is incomplete or breaks a rule; please check it and try again',
  },
  'error.reference_violation': {
    zh: '引用的记录不存在，或该记录仍被其他数据引用',
    en: 'The record referred to does not exist, or other data still refers to this record',
  },
  'error.conflict': { zh: '记录已存在，不能重复提交', en: 'The record already exists and cannot be submitted twice' },
  'error.internal': { zh: '服务器内部错误，已记录，请稍后重试', en: 'Internal server error (logged); please try again later' },
  'error.too_large': { zh: '请求内容过大', en: 'The request is too large' },
  'error.unsupported_media_type': { zh: '不支持的内容类型，请以 JSON 提交', en: 'Unsupported content type; please send JSON' },
  'error.malformed': { zh: '请求格式错误（无法解析的 JSON 或参数）', en: 'Malformed request (unreadable JSON or parameters)' },
  'error.header_too_large': {
    zh: '请求地址或请求头过长（检索式过长时请使用 POST 提交）',
    en: 'The request address or headers are too long (send a long search query by POST)',
  },
  'error.http': { zh: '请求失败（HTTP {{status}}），请稍后重试', en: 'The request failed (HTTP {{status}}); please try again later' },
  'error.network': { zh: '无法连接服务器，请检查网络后重试', en: 'Cannot reach the server; please check the network and try again' },
  'error.unauthorised': { zh: '请先登录', en: 'Please sign in first' },
  'error.session_expired': { zh: '会话已超时，请重新登录', en: 'Your session has timed out; please sign in again' },
  'error.forbidden': { zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  'error.must_change_password': { zh: '请先修改管理员设置的初始密码', en: 'Please first change the initial password an administrator set' },
  'error.csrf': {
    zh: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试',
    en: 'The request lacks a valid security token (CSRF); please reload the page and try again',
  },
  'error.not_found': { zh: '{{what}}不存在或不在您的管辖范围内', en: 'Not found, or outside your jurisdiction' },
  'error.region_outside': { zh: '行政区划 {{region}} 不在您的管辖范围内', en: 'Region {{region}} is outside your jurisdiction' },

  // —— Field validation (zod issues: a 400's `fieldCodes`; the schema's own Chinese text stays in `fields`) ——
  'validation.required': { zh: '必填', en: 'Required' },
  'validation.invalid_type': { zh: '类型不正确', en: 'Wrong type of value' },
  'validation.invalid_value': { zh: '取值不在允许范围内', en: 'Not one of the allowed values' },
  'validation.invalid_format': { zh: '格式不正确', en: 'Wrong format' },
  'validation.too_short': { zh: '至少{{minimum}}个字符', en: 'At least {{minimum}} characters' },
  'validation.too_long': { zh: '最多{{maximum}}个字符', en: 'At most {{maximum}} characters' },
  'validation.too_small': { zh: '不能小于{{minimum}}', en: 'Must not be less than {{minimum}}' },
  'validation.too_big': { zh: '不能大于{{maximum}}', en: 'Must not be more than {{maximum}}' },
  'validation.too_few': { zh: '至少{{minimum}}项', en: 'At least {{minimum}} items' },
  'validation.too_many': { zh: '最多{{maximum}}项', en: 'At most {{maximum}} items' },
  'validation.unrecognized_keys': { zh: '含有不认识的字段', en: 'Contains unknown fields' },
  'validation.invalid': { zh: '内容不正确', en: 'Invalid value' },
  'text.control_characters': { zh: '不能包含控制字符（如 NUL）', en: 'Must not contain control characters (such as NUL)' },
  'search.query_too_long': { zh: '检索式最长{{maximum}}字', en: 'A search query has at most {{maximum}} characters' },

  // —— Sign-in and passwords ——
  'auth.bad_credentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.account_disabled': { zh: '该账号已停用，请联系管理员', en: 'This account is disabled; please contact an administrator' },
  'auth.locked': {
    zh: '账号因连续多次登录失败已被锁定，请于 {{time}}（北京时间）后重试，或联系管理员解锁',
    en: 'The account is locked after repeated failed sign-ins; try again after {{time}} (Beijing time) or ask an administrator to unlock it',
  },
  'auth.current_password_wrong': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.password_unchanged': { zh: '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  'auth.username_required': { zh: '请输入用户名', en: 'Please enter the username' },
  'auth.password_required': { zh: '请输入密码', en: 'Please enter the password' },
  'auth.username_too_short': { zh: '用户名至少{{minimum}}个字符', en: 'A username has at least {{minimum}} characters' },
  'auth.username_too_long': { zh: '用户名最多{{maximum}}个字符', en: 'A username has at most {{maximum}} characters' },
  'auth.username_charset': { zh: '用户名只能包含字母、数字和 _ . @ -', en: 'A username may contain only letters, digits and _ . @ -' },
  'password.too_short': { zh: '密码至少{{minimum}}位', en: 'A password has at least {{minimum}} characters' },
  'password.too_long': { zh: '密码最多{{maximum}}位', en: 'A password has at most {{maximum}} characters' },
  'password.classes': {
    zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'A password must use at least three of: upper-case letters, lower-case letters, digits, symbols',
  },

  // —— Unified social credit code (GB 32100-2015) ——
  'uscc.length': { zh: '统一社会信用代码应为18位', en: 'A unified social credit code has 18 characters' },
  'uscc.charset': {
    zh: '统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）',
    en: 'A unified social credit code contains only digits and capital letters (without I, O, Z, S, V)',
  },
  'uscc.region': {
    zh: '统一社会信用代码第3至8位应为行政区划代码',
    en: 'Characters 3 to 8 of a unified social credit code are an administrative division code',
  },
  'uscc.check': {
    zh: '统一社会信用代码无效：校验位不正确，请核对是否输错',
    en: 'Invalid unified social credit code: the check character is wrong; please check for a typo',
  },
  'uscc.other_province': {
    zh: '信用代码第3–8位（{{region}}）表示登记机关在其他省份，与所选地区不一致，请核对；确属异地登记的可继续提交',
    en: 'Characters 3–8 of the credit code ({{region}}) name a registration authority in another province than the chosen region; please check (a code registered elsewhere may still be submitted)',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageCode = keyof typeof messageCatalogue;
export const messageCodes = Object.keys(messageCatalogue) as [MessageCode, ...MessageCode[]];
export const ZMessageCode = z.enum(messageCodes);

/** A coded message: stable code, its parameters and the Chinese text (for clients that do not render codes). */
export const ZMessage = z.object({
  code: ZMessageCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});
export type Message = z.infer<typeof ZMessage>;

type Params = Message['params'];

function fill(template: string, params: Params): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds a coded message with its Chinese text. */
export function message(code: MessageCode, params: Params = {}): Message {
  return { code, params, text: fill(messageCatalogue[code].zh, params) };
}

/** The message in one language ('zh' or 'en'), from the catalogue (an unknown code falls back to the server's text). */
export function messageText(m: Pick<Message, 'code' | 'params'> & { text?: string }, lang: 'zh' | 'en'): string {
  const entry = (messageCatalogue as Record<string, { zh: string; en: string } | undefined>)[m.code];
  return entry ? fill(entry[lang], m.params) : (m.text ?? m.code);
}

/** A code and its parameters, without the text (an error body's `messageCode`/`params`, a 400's `fieldCodes`). */
export const ZCoded = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type Coded = z.infer<typeof ZCoded>;

/**
 * Adds a coded issue to a zod refinement: the Chinese text as the issue's message, the code and its parameters in
 * the issue's `params`, where the server's error handler reads them into the 400's `fieldCodes`.
 */
export function addCodedIssue(
  ctx: { addIssue: (issue: { code: 'custom'; message: string; params: Record<string, unknown> }) => void },
  code: MessageCode,
  params: Params = {},
): void {
  ctx.addIssue({ code: 'custom', message: message(code, params).text, params: { messageCode: code, messageParams: params } });
}

let templates: { code: MessageCode; pattern: RegExp; names: string[] }[] | null = null;

/**
 * The code and parameters of a Chinese text the catalogue can produce (a zod schema's own message such as
 * `请输入用户名`, a service's refusal written before it had a code), or null. The most specific template wins:
 * the one with the most literal text.
 */
export function codeOfText(text: string): Coded | null {
  templates ??= (Object.entries(messageCatalogue) as [MessageCode, { zh: string }][])
    .map(([code, { zh }]) => {
      const names: string[] = [];
      const source = zh
        .split(/(\{\{\w+\}\})/)
        .map((part) => {
          const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '(.+?)';
        })
        .join('');
      return { code, pattern: new RegExp(`^${source}$`, 's'), names, literal: zh.replace(/\{\{\w+\}\}/g, '').length };
    })
    .sort((a, b) => b.literal - a.literal);
  for (const t of templates) {
    const m = t.pattern.exec(text);
    if (!m) continue;
    const params: Params = {};
    t.names.forEach((name, i) => {
      const v = m[i + 1] ?? '';
      params[name] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
    });
    return { code: t.code, params };
  }
  return null;
}

/** A work item's step as a coded message (`work.*`), from its stored Chinese text; null for a step the catalogue lacks. */
export function workStepMessage(step: string): Message | null {
  const coded = codeOfText(step);
  return coded && coded.code.startsWith('work.') ? message(coded.code as MessageCode, coded.params) : null;
}

/**
 * What the user reads of a server text in `lang`: Chinese is the server's own text; English renders the code
 * from the catalogue (an unknown code, or none, leaves the server's text).
 */
export function localText(text: string, coded: Coded | null | undefined, lang: 'zh' | 'en'): string {
  if (lang === 'zh' || !coded) return text;
  const entry = (messageCatalogue as Record<string, { zh: string; en: string } | undefined>)[coded.code];
  return entry ? fill(entry.en, coded.params) : text;
}
