import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Chromium from Debian (`apt-get install -y chromium fonts-noto-cjk`), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

const required = () => process.env.E2E_REQUIRED === '1';
const missingMessage = () => `Chromium not found at ${chromiumPath()}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`;
let warned = false;

/**
 * True when browser tests can run. When Chromium is missing it prints why and returns false, so the
 * caller skips, unless E2E_REQUIRED=1 (CI), where it throws so the run fails instead of passing empty.
 */
export function chromiumAvailable(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    if (required()) throw new Error(`${missingMessage()}. E2E_REQUIRED=1, so this is a failure, not a skip.`);
    if (!warned) console.warn(`[e2e] skipping browser tests. ${missingMessage()}.`);
    warned = true;
    return false;
  }
}

/** For node:test's `skip` option: a message when Chromium is missing (and E2E_REQUIRED is not 1), else false. */
export function skipUnlessChromium(): string | false {
  return chromiumAvailable() ? false : missingMessage();
}

/** Launches headless Chromium with the flags that work as root in a container with no GPU and no network. */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumAvailable()) throw new Error(missingMessage());
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context as a user in Jining would have it: Chinese locale, Shanghai time, a laptop-sized window. */
export async function newUserContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
}

/** Records what the Content-Security-Policy blocked on the page (Chromium reports each refusal as a console error). */
export function recordCspViolations(page: Page, into: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) into.push(m.text());
  });
}
