import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { insertRows, type BulkRow } from '../../db/bulk-insert.js';
import type { LoadResult } from './ipc-scheme.js';

interface NiceNode {
  code: string;
  name: string;
  children?: NiceNode[] | undefined;
}
const ZNiceNode: z.ZodType<NiceNode> = z.lazy(() => z.object({ code: z.string(), name: z.string(), children: z.array(ZNiceNode).optional() }));

/** '第一类 用于工业…的化学品' → '用于工业…的化学品' (the class number is in the code). */
function classTitle(name: string): string {
  return name.replace(/^第[一二三四五六七八九十]+类\s*/, '').trim();
}

/**
 * Loads the Chinese Nice table (尼斯分类 区分表: classes → 类似群 similar-goods groups → items) into
 * nice_classes: classes as '01' (level 'class'), groups as '0101' (level 'group') and, with
 * `items`, goods/services by their basic number (level 'item'; names sharing a number are joined
 * with '；'). The file is small (one JSON tree), so it is read whole. Upserts: loading again is harmless.
 */
export async function loadNiceClasses(ctx: AppContext, filePath: string, opts: { items?: boolean } = {}): Promise<LoadResult> {
  const tree = z.array(ZNiceNode).parse(JSON.parse(await readFile(filePath, 'utf8')));
  const rows = new Map<string, BulkRow & { title: string }>();
  let skipped = 0;
  for (const cls of tree) {
    rows.set(cls.code, { code: cls.code, level: 'class', title: classTitle(cls.name) });
    for (const group of cls.children ?? []) {
      rows.set(group.code, { code: group.code, level: 'group', title: group.name.trim() });
      if (!opts.items) continue;
      for (const item of group.children ?? []) {
        const key = item.code;
        const prev = rows.get(key);
        if (prev && prev.level !== 'item') {
          skipped++;
          continue;
        }
        const title = prev && !prev.title.split('；').includes(item.name.trim()) ? `${prev.title}；${item.name.trim()}` : item.name.trim();
        rows.set(key, { code: key, level: 'item', title });
      }
    }
  }
  const list = [...rows.values()];
  await ctx.db.transaction().execute((trx) => insertRows(trx, ctx.dialect, 'nice_classes', list, { kind: 'update', key: ['code'], set: ['level', 'title'] }));
  return { file: filePath, rows: list.length, skipped };
}
