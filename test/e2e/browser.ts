import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

/**
 * Headless Chromium for the end-to-end tests, driven by playwright-core with the system's browser:
 * Playwright's own browser download is not allowed here, so the tests use Debian's `chromium`
 * package, which .ci/run installs when it is missing.
 */

/** Where a browser may be: LPARLINT_CHROMIUM first, then the Debian and Ubuntu package paths. */
function findChromium(): string | undefined {
  const candidates = [process.env.LPARLINT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/**
 * Without these, Chromium phones home at start (updates, sync, field trials) and the closed
 * network here refuses every connection; a test also counts requests, so the browser must make none.
 */
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const HOW_TO_INSTALL = 'install Chromium (`sudo apt-get install chromium`) or set LPARLINT_CHROMIUM to a Chromium binary';

/**
 * A suite that shares one browser between its tests (starting one per test would slow the suite).
 * Without a browser: in CI (`CI=true`, where .ci/run installs it) every test fails with the reason;
 * elsewhere the suite is skipped with a message that says how to install one.
 */
export function browserSuite(title: string, timeoutMs: number, body: (browser: () => Browser) => void): void {
  const executablePath = findChromium();
  const inCi = process.env.CI === 'true';
  if (executablePath === undefined && !inCi) {
    console.warn(`${title}: skipped, no Chromium found: ${HOW_TO_INSTALL}`);
  }
  describe.skipIf(executablePath === undefined && !inCi)(title, { timeout: timeoutMs }, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (executablePath === undefined) throw new Error(`no Chromium found in CI: ${HOW_TO_INSTALL} (.ci/run should have)`);
      // launch() gives every browser a fresh temporary profile and removes it on close.
      browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
    }, timeoutMs);
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (browser === undefined) throw new Error('the browser did not start');
      return browser;
    });
  });
}

/** What a page did besides rendering: console messages that signal trouble, uncaught errors and every request. */
export interface PageLog {
  readonly problems: string[];
  readonly requests: string[];
}

/** Records the console warnings and errors, page errors and requests of a page from now on. */
export function watchPage(page: Page): PageLog {
  const log: PageLog = { problems: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.problems.push(`page error: ${error.message}`));
  page.on('request', (request) => log.requests.push(request.url()));
  return log;
}
