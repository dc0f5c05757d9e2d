import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';

/** The reference data folder beside the checkout (../shared/data, or REFERENCE_DATA_DIR), or null. */
export const sharedDataDir: string | null = loadConfig({ ...process.env, LOG_LEVEL: 'silent' }).referenceDataDir;

/**
 * Whether the suite `what` can run: true when every file it needs is in ../shared/data. When one is
 * missing it prints ONE line naming the suite and the files, and answers false (the caller skips it);
 * in CI (`CI` set, as .ci/run does) a missing file fails the run instead, so nothing is ever skipped
 * there for that reason.
 */
export function hasSharedData(what: string, files: readonly string[]): boolean {
  const missing = files.filter((f) => !sharedDataDir || !existsSync(path.join(sharedDataDir, f)));
  if (missing.length === 0) return true;
  const line = `跳过 skipped: ${what} — ../shared/data/${missing.join(', ')} not found`;
  if (process.env.CI && process.env.CI !== 'false') throw new Error(`${line} (CI needs it)`);
  console.warn(line);
  return false;
}
