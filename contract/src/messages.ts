import { z } from 'zod';
import { workbenchMessages } from './workbench-messages.js';

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
