import type { Executor } from '../../db/database.js';
import type { AppContext } from '../../platform/context.js';

/** Work that must follow any write to patents in the same transaction (the search index, high-value criteria). */
export type PatentWriteHook = (ctx: AppContext, trx: Executor, patentIds: readonly number[]) => Promise<void>;

const hooks: PatentWriteHook[] = [];

/** Registers a hook; modules call it when they are loaded. */
export function onPatentsWritten(hook: PatentWriteHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

/** Runs every hook for the patents just inserted or updated, inside the writer's transaction. */
export async function runPatentWriteHooks(ctx: AppContext, trx: Executor, patentIds: readonly number[]): Promise<void> {
  if (patentIds.length === 0) return;
  for (const h of hooks) await h(ctx, trx, patentIds);
}
