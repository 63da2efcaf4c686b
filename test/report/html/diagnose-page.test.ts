import { describe, expect, it } from 'vitest';
import { diagnoseHtml } from '../../../src/report/diagnose/html.js';
import type { DiagnoseReport } from '../../../src/report/diagnose/report.js';
import { IMG, SCRIPT, sampleDiagnoseReport } from './html-samples.js';
import { expectIds, expectSelfContained, headerCount, PAGE_IDS, row } from './page-checks.js';

const render = (report: DiagnoseReport): string => diagnoseHtml(report, { color: false });

describe('html diagnose report', () => {
  it('is one self-contained page with every id of the contract', () => {
    const page = render(sampleDiagnoseReport());
    expectSelfContained(page);
    expectIds(page, [...PAGE_IDS, 'cluster-map', 'rule-chart', 'timeline']);
    expect(page).toContain('<title>lparlint diagnose report</title>');
  });

  it('counts the logs, messages, failures, resources, profile files and their findings', () => {
    const page = render(sampleDiagnoseReport());
    expect(['logs', 'records', 'failures', 'resources', 'files', 'errors', 'warnings'].map((key) => headerCount(page, key))).toEqual(['1', '17', '2', '2', '1', '1', '0']);
  });

  it('lists each failure with its time, node, resource, operation, pattern and cause, and the explaining findings in its details', () => {
    const page = render(sampleDiagnoseReport());
    const first = row(page, 'finding-1');
    expect(first).toContain('data-severity="error" data-rule="hmc-partition-not-found" data-node="lpar201" data-file="profiles/lpar05.cfg" data-file-anchor>');
    expect(first).toContain('<td class="time" data-sort-value="2024/03/05 10:15:42">2024/03/05 10:15:42<br><span class="note">3 times, last at 2024/03/05 10:19:46</span></td>');
    expect(first).toContain('<td class="operation">online</td><td class="pattern">hmc-partition-not-found</td>');
    expect(first).toContain('<strong>lpar05_res could not be brought online on lpar201</strong>: Use a VIO server of this physical server.');
    expect(first).toContain('<details><summary>Log, source and fix</summary><h3>Log</h3>\n<pre class="log">LPAR_A.log:4: 2024/03/05 10:15:42 VCS ERROR');
    expect(first).toContain('<mark>vio_server2</mark>');
    expect(first).toContain('<span class="remedy-label">unsafe fix:</span> replace vio_server2 with vio_server4');
    expect(first).toMatch(/<ins>\+[^<]*<b class="change">vio_server4<\/b>/);
    const second = row(page, 'finding-2');
    expect(second).toContain('data-rule="unexplained" data-node="lpar101" data-file="">');
    expect(page).toContain('<a class="map-file" href="#finding-1" data-state="error" data-path="profiles/lpar05.cfg">');
    expect(page).toContain('<p id="shown-count" aria-live="polite" data-noun="failures">2 of 2 failures shown</p>');
    expect(page).toContain('2 more failed operations from 2024/03/05 12:00:00 to 2024/03/05 12:05:00 not listed');
  });

  it('sorts by the six columns and filters by pattern', () => {
    const page = render(sampleDiagnoseReport());
    for (const key of ['time', 'node', 'resource', 'operation', 'pattern', 'message']) expect(page).toContain(`data-sort="${key}"`);
    expect(page).toContain('<label for="filter-rule">Pattern<select id="filter-rule"><option value="">All patterns</option><option value="hmc-partition-not-found">');
  });

  it('keeps markup in log lines and notes as text', () => {
    const page = render(sampleDiagnoseReport());
    expectSelfContained(page);
    expect(page).not.toContain(IMG);
    expect(page).not.toContain(SCRIPT);
    expect(page.match(/<\/script>/g)).toHaveLength(1);
    expect(page).toContain('VCS ERROR &lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when the logs hold no failure', () => {
    const page = render({ logs: ['a.log'], records: 0, diagnoses: [] });
    expectSelfContained(page);
    expectIds(page, PAGE_IDS);
    expect(page).not.toContain('id="timeline"');
    expect(page).toContain('No failed operations in a.log (no VCS messages read: check the file, and the --since, --until and --resource filters).');
  });

  it('gives the same bytes for the same report', () => {
    expect(render(sampleDiagnoseReport())).toBe(render(sampleDiagnoseReport()));
  });
});
