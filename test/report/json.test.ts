import { describe, expect, it } from 'vitest';
import { json } from '../../src/report/formatters/json.js';
import { createReport } from '../../src/report/report.js';
import { fileResult, sampleReport } from './sample-report.js';

describe('json formatter', () => {
  it('writes the documented, versioned shape: 1-based positions, fix edits as ranges, attribute null when none', () => {
    const parsed = JSON.parse(json(sampleReport(), { color: false })) as unknown;
    expect(parsed).toEqual({
      version: 1,
      files: [
        {
          path: 'profiles/lpar05.cfg',
          node: null,
          resource: null,
          diagnostics: [
            {
              ruleId: 'read-only-attribute',
              severity: 'error',
              message: 'state is shown by lssyscfg but cannot be set when a partition is created',
              attribute: 'state',
              line: 1,
              column: 42,
              endLine: 1,
              endColumn: 55,
              fix: {
                description: 'Remove state=Running',
                safe: true,
                edits: [{ line: 1, column: 42, endLine: 1, endColumn: 56, text: '' }],
              },
            },
            {
              ruleId: 'min-desired-max',
              severity: 'warning',
              message: 'max_mem (1024) is below desired_mem (2048)',
              attribute: 'max_mem',
              line: 1,
              column: 186,
              endLine: 1,
              endColumn: 198,
              suggestion: 'Set max_mem to 2048 or more.',
            },
          ],
        },
        { path: 'profiles/clean.cfg', node: null, resource: null, diagnostics: [] },
        {
          path: 'profiles/wrapped.cfg',
          node: null,
          resource: null,
          diagnostics: [
            {
              ruleId: 'single-line',
              severity: 'info',
              message: 'the record continues on the next line',
              attribute: null,
              line: 1,
              column: 13,
              endLine: 2,
              endColumn: 2,
            },
          ],
        },
        {
          path: 'profiles/broken.cfg',
          node: null,
          resource: null,
          diagnostics: [
            {
              ruleId: 'io',
              severity: 'error',
              message: 'Cannot read this file: permission denied.',
              attribute: null,
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 1,
            },
          ],
        },
      ],
      summary: { files: 4, errors: 2, warnings: 1, infos: 1 },
    });
  });

  it('never colours, and ends with a line end', () => {
    const text = json(createReport([fileResult('a.cfg', 'name=a', [])]), { color: true });
    expect(text).toBe('{\n  "version": 1,\n  "files": [\n    {\n      "path": "a.cfg",\n      "node": null,\n      "resource": null,\n      "diagnostics": []\n    }\n  ],\n  "summary": {\n    "files": 1,\n    "errors": 0,\n    "warnings": 0,\n    "infos": 0\n  }\n}\n');
  });

  it('gives each file the node and LPAR resource it was checked for, null for each one not known', () => {
    const audited = { ...fileResult('configfile/lpar05_02.cfg', 'name=lpar05', []), node: 'lpar201', resource: 'lpar05_res' };
    const nodeOnly = { ...fileResult('lpar05.cfg', 'name=lpar05', []), node: 'lpar101' };
    const parsed = JSON.parse(json(createReport([audited, nodeOnly]), { color: false })) as { files: unknown[] };
    expect(parsed.files).toEqual([
      { path: 'configfile/lpar05_02.cfg', node: 'lpar201', resource: 'lpar05_res', diagnostics: [] },
      { path: 'lpar05.cfg', node: 'lpar101', resource: null, diagnostics: [] },
    ]);
  });
});
