import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shape of `seed-figures.json` (official figures of five cities and two sets of targets). */
export interface SeedFigures {
  sources: Record<string, string>;
  regions: { code: string; name: string; parent?: string }[];
  actuals: { region: string; period: string; source: string; figures: Record<string, number | string> }[];
  targets: { region: string; by: string; plan: string; source: string; figures: Record<string, number | string> }[];
}

export const SEED_FIGURES_FILE = 'seed-figures.json';

/** Reads the seed figures from the reference data folder; null when absent (the platform runs without it). */
export function readSeedFigures(dir: string | null): SeedFigures | null {
  const file = dir ? path.join(dir, SEED_FIGURES_FILE) : '';
  if (!file || !existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as SeedFigures;
}

/** `2023-01..2023-10` as the source writes it is already a period code; the year `2023` too. */
export function seedPeriod(p: string): string {
  return p;
}

/** Name of a source document for provenance: "济宁市2023年知识产权新闻发布会（000_…txt）". */
export function sourceLabel(seed: SeedFigures, file: string): string {
  const d = seed.sources[file];
  return d ? `${d}（${file}）` : file;
}
