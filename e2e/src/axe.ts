import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** One axe finding, as the failure message lists it. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  summary: string;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

const require = createRequire(import.meta.url);
let source: string | undefined;
/** axe-core's browser bundle (read once). */
function axeSource(): string {
  source ??= (require('axe-core') as { source: string }).source;
  return source;
}

const SEVERE = new Set(['serious', 'critical']);

/** Every page checked so far in this process, with what axe found (for the run's summary). */
export const axeLog: { label: string; findings: AxeFinding[] }[] = [];

/**
 * Runs axe-core on the page as it is now and returns its serious and critical violations.
 * axe is injected with `page.evaluate` (the app's CSP is `script-src 'self'`: an inline script tag would be blocked).
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Let the page settle: antd's fade-ins (opacity) would make axe compute contrast on half-transparent text.
  await page.waitForLoadState('load');
  await page.waitForTimeout(400);
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations;
  });
  return violations
    .filter((v) => SEVERE.has(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summary: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
    }));
}

/** A readable list of findings: rule id, impact, the elements (first eight) and axe's summary of the first. */
export function describeFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => {
      const more = f.targets.length > 8 ? ` … and ${f.targets.length - 8} more` : '';
      return `- ${f.id} (${f.impact}, ${f.targets.length}×): ${f.help}\n    ${f.targets.slice(0, 8).join('\n    ')}${more}\n    ${f.summary}`;
    })
    .join('\n');
}

/**
 * Fails when axe finds a serious or critical violation on the page, listing each rule, its impact, the elements
 * and axe's summary. `label` names the page in the message (e.g. 'city_admin /patents/search, 适老化').
 */
export async function assertAccessible(page: Page, label: string): Promise<void> {
  const findings = await axeFindings(page);
  axeLog.push({ label, findings });
  if (process.env.AXE_REPORT_ONLY === '1') {
    if (findings.length) console.log(`[axe] ${label}: ${findings.length} serious/critical rule(s)\n${describeFindings(findings)}`);
    return;
  }
  if (findings.length) {
    throw new Error(`axe: ${findings.length} serious/critical accessibility rule(s) fail on ${label} (${page.url()}):\n${describeFindings(findings)}`);
  }
}

const ELDER_KEY = 'zhichan.elderMode';

const isElder = (page: Page) => page.evaluate(() => document.body.classList.contains('elder-mode'));

/**
 * Turns the 适老化 (elderly-friendly) mode on or off: with the header's switch when the page shows it (the page keeps
 * its state), else (the wall screen) through the stored preference and a reload.
 */
export async function setElderMode(page: Page, on: boolean): Promise<void> {
  if ((await isElder(page)) === on) return;
  const toggle = page.locator('#elder-mode');
  if (await toggle.isVisible()) {
    // A toast (antd message) can lie over the header's switch, and stays while the pointer rests on it: move the
    // pointer away and let it close, as a user would before reaching for the switch.
    await page.mouse.move(1, (page.viewportSize()?.height ?? 600) - 1);
    await page
      .locator('.ant-message-notice')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await toggle.click();
  } else {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [ELDER_KEY, on ? '1' : '0'] as const);
    await page.reload();
  }
  await page.waitForFunction((want) => document.body.classList.contains('elder-mode') === want, on);
}

/**
 * The check every journey makes on each page it visits: axe in the normal look, then in 适老化 mode, then back.
 * Fails listing every serious or critical violation of both. `ready` waits for what completes the page after a
 * reload (only the wall screen reloads to switch modes).
 */
export async function checkPage(page: Page, label: string, ready?: () => Promise<unknown>): Promise<void> {
  const errors: string[] = [];
  const check = async (mode: string) => {
    try {
      await assertAccessible(page, `${label}, ${mode}`);
    } catch (err) {
      errors.push((err as Error).message);
    }
  };
  const startedElder = await isElder(page);
  for (const elder of [startedElder, !startedElder]) {
    await setElderMode(page, elder);
    await ready?.();
    await check(elder ? '适老化' : 'normal');
  }
  await setElderMode(page, startedElder);
  await ready?.();
  if (errors.length) throw new Error(errors.join('\n\n'));
}
