import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The repository root (two levels above this file). */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

/** Where e2e tests leave screenshots and traces (gitignored). */
export const artifactsDir = path.join(repoRoot, 'e2e', 'artifacts');

/** Absolute path of a file in e2e/artifacts/, creating the folder on first use. */
export function artifactPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return path.join(artifactsDir, name);
}

/** True when the web app has been built into web/dist (the server only serves it then). */
export function webBuilt(): boolean {
  return existsSync(path.join(repoRoot, 'web', 'dist', 'index.html'));
}

/** Throws an actionable error when web/dist is missing: browser tests against an unbuilt app only see API 404s. */
export function assertWebBuilt(): void {
  if (!webBuilt()) throw new Error('web/dist/index.html is missing: run `npm run build` before `npm run test:e2e`.');
}
