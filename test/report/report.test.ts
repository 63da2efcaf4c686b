import { describe, expect, it } from 'vitest';
import { createReport, keptForReport } from '../../src/report/report.js';
import { sampleReport } from './sample-report.js';

describe('createReport', () => {
  it('counts files and findings by severity', () => {
    expect(sampleReport().summary).toEqual({ files: 4, errors: 2, warnings: 1, infos: 1 });
  });

  it('keeps only errors, and counts only them, for --quiet', () => {
    const quiet = createReport(sampleReport().files, { errorsOnly: true });
    expect(quiet.summary).toEqual({ files: 4, errors: 2, warnings: 0, infos: 0 });
    expect(quiet.files.map((f) => f.diagnostics.map((d) => d.ruleId))).toEqual([['read-only-attribute'], [], [], ['io']]);
  });
});

describe('keptForReport', () => {
  it('lets go of the text of a file without findings or fix, and keeps it where the formatters need it', () => {
    expect(keptForReport({ path: 'clean.cfg', source: 'name=lpar05\n', diagnostics: [] })).toEqual({ path: 'clean.cfg', source: '', diagnostics: [] });
    const faulty = sampleReport().files[0]!;
    expect(faulty.diagnostics.length).toBeGreaterThan(0);
    expect(keptForReport(faulty)).toBe(faulty);
    const fixed = { path: 'fixed.cfg', source: 'b\n', diagnostics: [], fix: { original: 'a\n', before: [], applied: 1, written: false } };
    expect(keptForReport(fixed)).toBe(fixed);
  });
});
