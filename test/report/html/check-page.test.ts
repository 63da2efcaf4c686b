import { describe, expect, it } from 'vitest';
import { html } from '../../../src/report/formatters/html.js';
import { createReport } from '../../../src/report/report.js';
import { fileResult, sampleReport } from '../sample-report.js';
import { hostileReport, IMG, SCRIPT, sampleClusterReport } from './html-samples.js';
import { expectIds, expectSelfContained, headerCount, PAGE_IDS, row } from './page-checks.js';

const render = (report: Parameters<typeof html>[0]): string => html(report, { color: false });

describe('html check report', () => {
  it('is one self-contained page with every id of the contract', () => {
    const page = render(sampleClusterReport());
    expectSelfContained(page);
    expectIds(page, [...PAGE_IDS, 'cluster-map', 'rule-chart']);
    expect(page).toContain('<title>lparlint check report</title>');
    expect(page).toContain('<h1>lparlint check report</h1>');
  });

  it('counts the cluster and the findings, and says when, where and how it ran', () => {
    const page = render(sampleClusterReport());
    expect(['clusters', 'nodes', 'servers', 'vios', 'resources', 'files', 'errors', 'warnings'].map((key) => headerCount(page, key))).toEqual(['1', '3', '2', '3', '1', '4', '2', '1']);
    expect(page).toContain('<p id="run-info">lparlint 0.1.0, <time datetime="2024-03-05T10:15:42.000Z">2024-03-05 10:15:42 UTC</time> on build-host: <code>lparlint check --format html</code></p>');
  });

  it('does not count main.cf and the inventory, which a cluster audit reports too, as profile files', () => {
    const report = sampleClusterReport();
    const files = [fileResult('main.cf', 'cluster prod ()\n', []), ...report.files];
    const page = render({ ...report, files, overview: { ...report.overview!, inputFiles: ['main.cf'] } });
    expect(headerCount(page, 'files')).toBe('4');
  });

  it('has one row per finding in report order, the first of each file its anchor, which the map links to', () => {
    const page = render(sampleClusterReport());
    const rows = [...page.matchAll(/<tr class="finding" id="(finding-\d+)"[^>]*data-file="([^"]*)"([^>]*)>/g)].map((m) => [m[1], m[2], m[3]!.includes('data-file-anchor')]);
    expect(rows).toEqual([
      ['finding-1', 'profiles/lpar05.cfg', true],
      ['finding-2', 'profiles/lpar05.cfg', false],
      ['finding-3', 'profiles/wrapped.cfg', true],
      ['finding-4', 'profiles/broken.cfg', true],
    ]);
    expect(page).toMatch(/<a class="map-file" href="#finding-1" data-state="error" data-path="profiles\/lpar05.cfg">/);
    expect(page).toMatch(/<a class="map-file" data-state="clean" data-path="profiles\/clean.cfg">/);
    expect(page).toMatch(/<a class="map-file" href="#finding-4" data-state="unread" data-path="profiles\/broken.cfg">/);
  });

  it('writes each cell, the severity as a word, the excerpt with the range marked and the fix as a diff', () => {
    const page = render(sampleClusterReport());
    const first = row(page, 'finding-1');
    expect(first).toContain('data-severity="error" data-rule="read-only-attribute" data-node="" data-file="profiles/lpar05.cfg"');
    expect(first).toContain('<td class="severity" data-sort-value="0"><span class="badge badge-error">error</span></td>');
    expect(first).toContain('<td class="position" data-sort-value="10000042">1:42</td>');
    expect(first).toContain('<details><summary>Source and fix</summary><pre class="excerpt">');
    expect(first).toContain('<mark>state=Running</mark>');
    expect(first).toContain('<p class="remedy"><span class="remedy-label">fix:</span> Remove state=Running</p>');
    expect(first).toMatch(/<pre class="fix-diff">[\s\S]*<del>-[^<]*<b class="change">state=Running,<\/b>/);
    const second = row(page, 'finding-2');
    expect(second).toContain('<span class="remedy-label">suggestion:</span> Set max_mem to 2048 or more.');
    expect(second).not.toContain('fix-diff');
  });

  it('offers the severities, rules and nodes of the findings as filters, and counts the rows shown', () => {
    const page = render(sampleClusterReport());
    expect(page).toContain('<select id="filter-severity"><option value="">All severities</option><option value="error">error</option><option value="warning">warning</option><option value="info">info</option></select>');
    expect(page).toContain('<option value="min-desired-max">min-desired-max</option>');
    expect(page).toContain('<p id="shown-count" aria-live="polite" data-noun="findings">4 of 4 findings shown</p>');
    for (const key of ['file', 'node', 'resource', 'rule', 'severity', 'position', 'message']) {
      expect(page).toContain(`<th scope="col" aria-sort="none"><button type="button" data-sort="${key}">`);
    }
  });

  it('works without an overview: counts from the files, no map, no run details', () => {
    const page = render(sampleReport());
    expectSelfContained(page);
    expectIds(page, [...PAGE_IDS, 'rule-chart']);
    expect(page).not.toContain('id="cluster-map"');
    expect(page).toContain('<div data-count="clusters"><dt>Clusters</dt><dd>0</dd></div>');
    expect(page).toContain('<p id="run-info">Run details were not recorded.</p>');
  });

  it('says so when there is nothing to report', () => {
    const page = render(createReport([fileResult('a.cfg', 'name=a', [])]));
    expectSelfContained(page);
    expectIds(page, PAGE_IDS);
    expect(page).not.toContain('id="rule-chart"');
    expect(page).toContain('0 of 0 findings shown');
    expect(page).toContain('No findings: every file checked is clean.');
  });

  it('keeps markup in paths, names, values, messages and the run as text', () => {
    const page = render(hostileReport());
    expectSelfContained(page);
    expect(page).not.toContain(SCRIPT);
    expect(page).not.toContain(IMG);
    expect(page).not.toMatch(/<img/i);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('gives the same bytes for the same report', () => {
    expect(render(sampleClusterReport())).toBe(render(sampleClusterReport()));
  });
});
