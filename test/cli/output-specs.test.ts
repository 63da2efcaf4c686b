import { describe, expect, it } from 'vitest';
import { parseOutputSpecs, type OutputRequest } from '../../src/cli/output-specs.js';

const NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact'];
const parse = (formats: string[], extra: Partial<OutputRequest> = {}) => parseOutputSpecs({ formats, env: {}, ...extra }, NAMES);
const shape = (formats: string[], extra: Partial<OutputRequest> = {}) => parse(formats, extra).map((s) => `${s.format}>${s.file ?? 'stdout'}`);

describe('--format NAME[:FILE] and --output-file', () => {
  it('writes the default format to standard output, or to --output-file', () => {
    expect(shape([])).toEqual(['stylish>stdout']);
    expect(shape([], { outputFile: 'r.txt' })).toEqual(['stylish>r.txt']);
    expect(shape(['json'], { outputFile: 'r.json' })).toEqual(['json>r.json']);
  });

  it('takes several formats, each with its own file and at most one without', () => {
    expect(shape(['stylish', 'sarif:out/results.sarif', 'junit:junit.xml'])).toEqual(['stylish>stdout', 'sarif>out/results.sarif', 'junit>junit.xml']);
    expect(shape(['sarif:r.sarif', 'json'], { outputFile: 'r.json' })).toEqual(['sarif>r.sarif', 'json>r.json']);
    // Only the first colon separates: the rest is the file.
    expect(shape(['sarif:C:\\ci\\r.sarif'])).toEqual(['sarif>C:\\ci\\r.sarif']);
  });

  it('adds the github annotations to the default report in GitHub Actions, unless a format is given', () => {
    const env = { GITHUB_ACTIONS: 'true' };
    expect(shape([], { env })).toEqual(['stylish>stdout', 'github>stdout']);
    expect(shape([], { env, outputFile: 'r.txt' })).toEqual(['stylish>r.txt', 'github>stdout']);
    expect(shape(['json'], { env })).toEqual(['json>stdout']);
    expect(shape([], { env: { GITHUB_ACTIONS: 'false' } })).toEqual(['stylish>stdout']);
  });

  it('says what is wrong with a bad request', () => {
    const cases: [string[], Partial<OutputRequest>, string][] = [
      [['xml'], {}, '--format xml: there is no such format; use one of: stylish, json, sarif, junit, github, compact (NAME or NAME:FILE)'],
      [['SARIF:r.sarif'], {}, '--format SARIF:r.sarif: there is no such format'],
      [['sarif:'], {}, '--format sarif:: give the file after the colon, e.g. --format sarif:lparlint-report'],
      [['stylish', 'compact'], {}, '--format stylish and --format compact would all write to standard output; give all but one a file: --format NAME:FILE'],
      [['sarif:r.sarif'], { outputFile: 'x' }, '--output-file x: every --format names its own file (NAME:FILE), so no report is left to write there'],
      [['sarif:out/r', 'junit:./out/r'], {}, '--format junit:./out/r: --format sarif:out/r writes to ./out/r already; give each report a file of its own'],
      [['json', 'sarif:r'], { outputFile: 'r' }, '--format sarif:r: --output-file r writes to r already'],
    ];
    for (const [formats, extra, message] of cases) expect(() => parse(formats, extra), formats.join(' ')).toThrow(message);
  });
});
