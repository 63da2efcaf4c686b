import { describe, expect, it } from 'vitest';
import { runInfo, type RunEnvironment } from '../../src/cli/run-info.js';
import { packageInfo } from '../../src/core/package-info.js';
import { InputError } from '../../src/read/input-error.js';

const machine: RunEnvironment = { now: () => new Date('2026-01-02T03:04:05.678Z'), hostname: () => 'audit-host' };

describe('runInfo', () => {
  it('says the version, the time now, the host and the command line', () => {
    expect(runInfo({ env: {}, argv: ['check', '--main-cf', 'main.cf', '--format', 'html'] }, machine)).toEqual({
      version: packageInfo().version,
      generatedAt: '2026-01-02T03:04:05Z',
      host: 'audit-host',
      command: 'lparlint check --main-cf main.cf --format html',
    });
  });

  it('takes the time from SOURCE_DATE_EPOCH, so a report can be made again byte for byte', () => {
    expect(runInfo({ env: { SOURCE_DATE_EPOCH: '1709633742' } }, machine).generatedAt).toBe('2024-03-05T10:15:42Z');
    expect(runInfo({ env: { SOURCE_DATE_EPOCH: '0' } }, machine).generatedAt).toBe('1970-01-01T00:00:00Z');
    expect(runInfo({ env: { SOURCE_DATE_EPOCH: '' } }, machine).generatedAt).toBe('2026-01-02T03:04:05Z');
  });

  it.each(['yesterday', '-1', '1.5', ' 17', '1e9', '99999999999999'])('stops on SOURCE_DATE_EPOCH=%s with a message that says what to give', (value) => {
    const made = (): unknown => runInfo({ env: { SOURCE_DATE_EPOCH: value } }, machine);
    expect(made).toThrow(InputError);
    expect(made).toThrow(`SOURCE_DATE_EPOCH=${value}: give the report's time as whole seconds since 1970-01-01 UTC`);
  });

  it('quotes the arguments a shell would split or expand', () => {
    const { command } = runInfo({ env: {}, argv: ['check', 'my file.cfg', "it's", '--rule', 'a=off', '*.cfg'] }, machine);
    expect(command).toBe(`lparlint check 'my file.cfg' 'it'\\''s' --rule a=off '*.cfg'`);
  });

  it('names the real host when no machine is given', () => {
    expect(runInfo({ env: {}, argv: [] }).host).not.toBe('');
  });
});
