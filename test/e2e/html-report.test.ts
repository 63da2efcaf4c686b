import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { browserSuite, watchPage, type PageLog } from './browser.js';
import { checkCounts, diagnoseCounts, profileFiles, severityRank, worstState, type JsonCheckReport, type JsonDiagnoseReport } from './expected.js';
import { generateReports, HOSTILE, readJson, root, type GeneratedReports } from './reports.js';

/**
 * The HTML reports (issue 9) opened from disk in headless Chromium, as a reader opens them: the
 * page must run under its own Content Security Policy without a complaint, make no request, and its
 * map, table, filters and links must work. The DOM it relies on is the contract of src/report/html/.
 */

/** Screenshots of the example cluster's reports, kept for people to look at (not compared). */
const SCREENSHOTS = join(root, 'test/e2e/screenshots');

const ROWS = '#findings tbody tr.finding';

browserSuite('HTML report in Chromium', 60_000, (browser) => {
  let reports: GeneratedReports;
  let checkJson: JsonCheckReport;
  let diagnoseJson: JsonDiagnoseReport;
  const pages: Page[] = [];

  beforeAll(() => {
    reports = generateReports();
    checkJson = readJson<JsonCheckReport>(reports.checkJson);
    diagnoseJson = readJson<JsonDiagnoseReport>(reports.diagnoseJson);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all(pages.map((p) => p.context().close()));
    if (reports) rmSync(reports.dir, { recursive: true, force: true });
  });

  /** Opens a report file in a new page (its own context: no state carried between tests). */
  async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; log: PageLog }> {
    const context = await browser().newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
    // A page from disk answers at once: fail in seconds, not after Playwright's 30 s default.
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    pages.push(page);
    const log = watchPage(page);
    await page.goto(pathToFileURL(file).href);
    return { page, log };
  }

  const visibleRowIds = (page: Page): Promise<string[]> =>
    page.locator(ROWS).evaluateAll((rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.id));
  const rowAttribute = (page: Page, name: string): Promise<string[]> =>
    page.locator(ROWS).evaluateAll((rows, attr) => rows.map((r) => r.getAttribute(attr) ?? ''), name);
  const shownCount = async (page: Page): Promise<string> => (await page.locator('#shown-count').textContent())?.trim() ?? '';

  it('opens every report without console errors, page errors or requests besides the file itself', async () => {
    for (const file of [reports.check, reports.diagnose, reports.hostileCheck, reports.hostileDiagnose]) {
      const { page, log } = await open(file);
      // A click and a sort run the page's script too: a CSP block or a script error shows up here.
      await page.locator('#findings thead button[data-sort]').first().click();
      expect(log.problems, file).toEqual([]);
      expect(log.requests, file).toEqual([pathToFileURL(file).href]);
      // The CSP would block inline handlers; the page must not need (or contain) any.
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      );
      expect(handlers, file).toEqual([]);
    }
  });

  it('declares a strict Content Security Policy with hashes of its own style and script', async () => {
    const { page } = await open(reports.check);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('lparlint check report');
  });

  it('shows the counts of the example cluster in the header, and when and where it ran', async () => {
    for (const [file, expected] of [
      [reports.check, checkCounts(checkJson)],
      [reports.diagnose, diagnoseCounts(diagnoseJson)],
    ] as const) {
      const { page } = await open(file);
      const shown = await page
        .locator('#counts [data-count]')
        .evaluateAll((items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-count'), Number(i.querySelector('dd')?.textContent)])));
      expect(shown, file).toEqual(expected);
      const runInfo = page.locator('#run-info');
      // SOURCE_DATE_EPOCH 1709633742 is 2024-03-05T10:15:42Z.
      expect(await runInfo.locator('time').getAttribute('datetime'), file).toMatch(/^2024-03-05T10:15:42/);
      expect(await runInfo.textContent(), file).toMatch(/lparlint (check|diagnose)/);
    }
  });

  it('draws each profile file on the cluster map in the colour of its worst finding', async () => {
    const { page } = await open(reports.check);
    const files = profileFiles(checkJson);
    await expect.poll(() => page.locator('#cluster-map a.map-file').count()).toBe(files.length);
    for (const f of files) {
      const mark = page.locator(`#cluster-map a.map-file[data-path="${f.path}"]`);
      expect(await mark.getAttribute('data-state'), f.path).toBe(worstState(f.diagnostics));
      expect(await mark.locator('title').textContent(), f.path).toContain(f.path);
    }
    // The picture is named by its own <title>. The contract said role="img", but an img's children
    // are hidden from screen readers, and the map holds links: "group" keeps them reachable.
    const svg = page.locator('#cluster-map svg').first();
    expect(['img', 'group']).toContain(await svg.getAttribute('role'));
    expect(await svg.locator(`:scope > title#${await svg.getAttribute('aria-labelledby')}`).count()).toBe(1);
  });

  it('jumps from a file on the map to its first finding: URL hash, focus and mark', async () => {
    const { page } = await open(reports.check);
    const withFindings = page.locator('#cluster-map a.map-file[href]');
    expect(await withFindings.count()).toBeGreaterThan(0);
    const link = withFindings.last();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#finding-\d+$/);
    const row = page.locator(`#findings tr${href}`);
    expect(await row.getAttribute('data-file-anchor')).not.toBeNull();
    expect(await row.getAttribute('data-file')).toBe(await link.getAttribute('data-path'));
    // Filters that hide the row first: the jump must clear them.
    await page.locator('#filter-text').fill('no finding says this');
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    await expect.poll(() => row.getAttribute('class')).toMatch(/\btargeted\b/);
    expect(await row.evaluate((r) => r === document.activeElement)).toBe(true);
    expect(await row.isVisible()).toBe(true);
    expect(await page.locator('#filter-text').inputValue()).toBe('');
  });

  it('sorts by severity, rule and file, reverses on a second click, and says so in aria-sort', async () => {
    const { page } = await open(reports.check);
    const initial = await visibleRowIds(page);
    const isSorted = (values: readonly string[], order: (a: string, b: string) => number): boolean =>
      values.every((v, i) => i === 0 || order(values[i - 1]!, v) <= 0);
    const keys = [
      { key: 'severity', attribute: 'data-severity', order: (a: string, b: string) => severityRank(a) - severityRank(b) },
      { key: 'rule', attribute: 'data-rule', order: (a: string, b: string) => a.localeCompare(b) },
      { key: 'file', attribute: 'data-file', order: (a: string, b: string) => a.localeCompare(b) },
    ];
    for (const { key, attribute, order } of keys) {
      const header = page.locator('#findings thead th', { has: page.locator(`button[data-sort="${key}"]`) });
      const button = header.locator('button');
      await button.click();
      const first = (await header.getAttribute('aria-sort'))!;
      expect(['ascending', 'descending'], key).toContain(first);
      const values = await rowAttribute(page, attribute);
      const reverse = (a: string, b: string): number => order(b, a);
      if (key === 'severity') {
        // Severity has no alphabet: the page may call most severe first "ascending"; either way it is one order.
        expect(isSorted(values, order) || isSorted(values, reverse), `${key}: ${values.join(' ')}`).toBe(true);
      } else {
        expect(isSorted(values, first === 'ascending' ? order : reverse), `${key} ${first}: ${values.join(' ')}`).toBe(true);
      }
      // Only the header the rows are sorted by says so.
      expect(await page.locator('#findings thead th[aria-sort="ascending"], #findings thead th[aria-sort="descending"]').count(), key).toBe(1);

      await button.click();
      expect(await header.getAttribute('aria-sort'), key).toBe(first === 'ascending' ? 'descending' : 'ascending');
      // The sort is stable, so the keys come in exactly the opposite order.
      expect(await rowAttribute(page, attribute), key).toEqual([...values].reverse());
    }
    // The example's findings come in report order info, error, info: sorting by severity moves rows.
    await page.locator('#findings thead button[data-sort="severity"]').click();
    expect(await visibleRowIds(page)).not.toEqual(initial);
  });

  it('filters by severity, rule, node and text, hiding rows and updating the count', async () => {
    const { page } = await open(reports.check);
    const total = await page.locator(ROWS).count();
    const findings = profileFiles(checkJson).flatMap((f) => f.diagnostics.map((d) => ({ ...d, node: f.node })));
    expect(total).toBe(findings.length);
    expect(await shownCount(page)).toBe(`${total} of ${total} findings shown`);

    const selects = [
      { id: 'filter-severity', attribute: 'data-severity', value: 'error' },
      { id: 'filter-rule', attribute: 'data-rule', value: 'vios-name' },
      { id: 'filter-node', attribute: 'data-node', value: 'lpar101' },
    ];
    for (const { id, attribute, value } of selects) {
      const select = page.locator(`#${id}`);
      expect(await select.locator('option').first().getAttribute('value'), id).toBe('');
      await select.selectOption(value);
      const shown = await visibleRowIds(page);
      const values = await page.locator(ROWS).evaluateAll((rows, attr) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute(attr)), attribute);
      expect(values.length, id).toBeGreaterThan(0);
      expect(shown.length, id).toBeLessThan(total);
      expect(new Set(values), id).toEqual(new Set([value]));
      expect(await shownCount(page), id).toBe(`${shown.length} of ${total} findings shown`);
      await select.selectOption('');
      expect(await visibleRowIds(page), id).toHaveLength(total);
    }

    // Only the vios-name message says this.
    await page.locator('#filter-text').fill('not a VIO server');
    const shown = await visibleRowIds(page);
    expect(shown).toHaveLength(findings.filter((f) => f.ruleId === 'vios-name').length);
    expect(await page.locator(`${ROWS}:not([hidden])`).first().getAttribute('data-rule')).toBe('vios-name');
    expect(await shownCount(page)).toBe(`${shown.length} of ${total} findings shown`);
  });

  it('opens a finding on the failing range of its profile line and its fix as a diff', async () => {
    const { page } = await open(reports.check);
    const file = profileFiles(checkJson).find((f) => f.diagnostics.some((d) => d.ruleId === 'vios-name'))!;
    const finding = file.diagnostics.find((d) => d.ruleId === 'vios-name')!;
    const line = readFileSync(join(root, file.path), 'utf8').split('\n')[finding.line - 1]!;
    const row = page.locator(`${ROWS}[data-rule="vios-name"]`);
    const details = row.locator('details');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const mark = details.locator('pre.excerpt mark');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.textContent()).toBe(line.slice(finding.column - 1, finding.endColumn - 1));
    expect(finding.fix).toBeDefined();
    const diff = details.locator('.fix-diff');
    expect(await diff.isVisible()).toBe(true);
    expect(await diff.textContent()).toContain('vio_server4');
  });

  it('reaches the files of the map, the filters and the sort buttons with the Tab key', async () => {
    const { page } = await open(reports.check);
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const el = document.activeElement;
        if (el?.classList.contains('map-file')) return 'map-file';
        return el?.id || (el?.getAttribute('data-sort') ? `sort:${el.getAttribute('data-sort')}` : el?.tagName ?? '');
      }));
    }
    for (const id of ['map-file', 'filter-severity', 'filter-rule', 'filter-node', 'filter-text', 'sort:file', 'sort:rule', 'sort:severity', 'sort:message']) {
      expect(reached, id).toContain(id);
    }
  });

  it('renders in light and dark colour schemes, and screenshots both', async () => {
    const background = (page: Page): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await open(reports.check, 'light');
    const dark = await open(reports.check, 'dark');
    expect(await background(dark.page)).not.toBe(await background(light.page));
    await light.page.screenshot({ path: join(SCREENSHOTS, 'check-light.png'), fullPage: true });
    await dark.page.screenshot({ path: join(SCREENSHOTS, 'check-dark.png'), fullPage: true });
    expect([...light.log.problems, ...dark.log.problems]).toEqual([]);
  });

  it('prints every row with its source and fix, also the rows a filter hides, and no filters', async () => {
    const { page } = await open(reports.check);
    await page.locator('#filter-severity').selectOption('error');
    expect((await visibleRowIds(page)).length).toBeLessThan(await page.locator(ROWS).count());
    // Media emulation does not fire beforeprint: the print style sheet alone must show it all.
    await page.emulateMedia({ media: 'print' });
    for (const row of await page.locator(ROWS).all()) {
      expect(await row.isVisible()).toBe(true);
      expect(await row.locator('pre.excerpt').isVisible()).toBe(true);
    }
    expect(await page.locator('#filters').isVisible()).toBe(false);
  });

  it('shows the diagnose report: a row per failure, the rule chart and the timeline', async () => {
    const { page } = await open(reports.diagnose);
    expect(await page.locator('h1').textContent()).toBe('lparlint diagnose report');
    expect(await page.locator(ROWS).count()).toBe(diagnoseJson.diagnoses.length);
    for (const figure of ['#rule-chart', '#timeline']) {
      expect(await page.locator(`${figure} figcaption`).count(), figure).toBe(1);
      expect(await page.locator(`${figure} svg[role="img"] > title`).count(), figure).toBe(1);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'diagnose-light.png'), fullPage: true });
  });

  it('keeps hostile paths, profile values and log lines as text: nothing runs, no element is made', async () => {
    for (const file of [reports.hostileCheck, reports.hostileDiagnose]) {
      const { page, log } = await open(file);
      // Details hold the excerpts, diffs and log lines: open them all so that their text renders.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), file).toBeUndefined();
      expect(await page.locator('img[src="x"]').count(), file).toBe(0);
      expect(await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length), file).toBe(0);
      const text = await page.locator('body').innerText();
      expect(text, file).toContain(HOSTILE.script);
      expect(text, file).toContain(HOSTILE.img);
      expect(log.problems, file).toEqual([]);
    }
  });
});
