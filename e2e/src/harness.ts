/**
 * The e2e harness: a real server on a throwaway SQLite database, and Debian's headless Chromium.
 *
 *   const server = await startServer();            // demo data, Shandong divisions, free port
 *   const browser = await launchBrowser();
 *   const page = await (await newUserContext(browser)).newPage();
 *   await page.goto(server.url);
 *   ...
 *   await browser.close(); await server.stop();
 *
 * Guard browser tests with `{ skip: skipUnlessChromium() }` (fails instead of skipping when E2E_REQUIRED=1).
 */
export { startServer, freePort, type RunningServer, type StartServerOptions } from './server.js';
export { launchBrowser, chromiumAvailable, chromiumPath, skipUnlessChromium, newUserContext, recordCspViolations } from './browser.js';
export { repoRoot, artifactsDir, artifactPath, webBuilt, assertWebBuilt } from './paths.js';
export { checkPage, assertAccessible, axeFindings, describeFindings, setElderMode } from './axe.js';
