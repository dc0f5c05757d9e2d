import { message, type PreexamField } from '@zhichan/contract';
import type { Executor } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import type { FieldRow } from './repository.js';
import { findFields } from './repository.js';

/** The protection centre that serves a region: the city's (a centre's approved fields are held per city). */
export const centreOf = (regionCode: string) => `${regionCode.slice(0, 4)}00`;

/** Does the IPC fall in one of the prefixes (H01M10/0525 falls in H01M and in H01M10)? */
export const ipcInFields = (ipc: string, prefixes: readonly string[]) => prefixes.some((p) => ipc.toUpperCase().startsWith(p.toUpperCase()));

/** The centre's field list as the refusals name it: "H01M 新能源、G06F 新一代信息技术". */
export const fieldList = (fields: readonly FieldRow[]) => (fields.length === 0 ? '（未设置）' : fields.map((f) => `${f.ipc_prefix} ${f.label}`).join('、'));

export const presentField = (f: FieldRow): PreexamField => ({
  id: f.id,
  centreRegion: f.centre_region,
  ipcPrefix: f.ipc_prefix,
  label: f.label,
  isDemo: Number(f.is_demo) === 1,
});

/** 409 naming the centre's field list unless every IPC falls in it. */
export async function assertInFields(db: Executor, centre: string, ipcs: readonly string[]): Promise<FieldRow[]> {
  const fields = await findFields(db, centre);
  if (fields.length === 0) throw new AppError(409, 'no_fields', message('preexam.no_fields', { centre }));
  const prefixes = fields.map((f) => f.ipc_prefix);
  const out = ipcs.find((ipc) => !ipcInFields(ipc, prefixes));
  if (out) throw new AppError(409, 'out_of_field', message('preexam.out_of_field', { ipc: out, fields: fieldList(fields) }));
  return fields;
}
