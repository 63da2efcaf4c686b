import { describe, expect, it } from 'vitest';
import rule from '../../rules/required-attribute.js';
import type { SeveritySetting } from '../../src/core/diagnostic.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import type { RuleOptions } from '../../src/lint/rule.js';
import { seedFixture } from '../rules/seed-fixture.js';

const seed = seedFixture('lpar05_on_physical_server_01.cfg');
/** The seed example as an older HMC prints it: without two of the procedure's later attributes. */
const OLD_HMC = seed.replace(',vtpm_adapters=none', '').replace(',hpt_ratio=1:64', '');

function findings(code: string, options: RuleOptions, severity?: SeveritySetting): string[] {
  return lintProfile(code, {
    path: 'test.cfg',
    rules: [rule],
    ruleOptions: new Map([[rule.meta.id, options]]),
    ...(severity ? { severities: new Map([[rule.meta.id, severity]]) } : {}),
  }).diagnostics.map((d) => `${d.severity} ${d.message}`);
}

describe('required-attribute options (config file: rules: { required-attribute: [severity, options] })', () => {
  it('without options asks for the procedure\'s attributes', () => {
    expect(findings(OLD_HMC, {})).toEqual([
      expect.stringMatching(/^warning hpt_ratio .* is missing; the VCS procedure selects it/),
      expect.stringMatching(/^warning vtpm_adapters .* is missing; the VCS procedure selects it/),
    ]);
  });

  it('remove: an older HMC that does not print some attributes', () => {
    expect(findings(OLD_HMC, { remove: ['vtpm_adapters', 'hpt_ratio'] })).toEqual([]);
  });

  it('remove also drops an attribute that partition creation needs', () => {
    expect(findings(seed.replace(',io_slots=none', ''), { remove: ['io_slots'] })).toEqual([]);
  });

  it('add: an attribute the site demands is an error when missing', () => {
    expect(findings(seed, { add: ['secure_boot'] })).toEqual([
      'error secure_boot (an integer from 0 to 9) is missing; the lparlint configuration requires it (required-attribute option "add")',
    ]);
  });

  it('add raises a procedure attribute from warning to error', () => {
    expect(findings(OLD_HMC, { add: ['hpt_ratio'] })).toEqual([
      expect.stringMatching(/^error hpt_ratio .* is missing; the lparlint configuration requires it/),
      expect.stringMatching(/^warning vtpm_adapters .* is missing; the VCS procedure selects it/),
    ]);
  });

  it('add of an attribute lparlint does not know asks for it all the same', () => {
    const [finding] = lintProfile(seed, { path: 'test.cfg', rules: [rule], ruleOptions: new Map([[rule.meta.id, { add: ['site_tag'] }]]) }).diagnostics;
    expect(finding?.message).toBe('site_tag is missing; the lparlint configuration requires it (required-attribute option "add")');
    expect(finding?.suggestion).toBe('append site_tag=<value> to the end of the line');
  });

  it('an attribute that is present is not reported, whether added or not', () => {
    expect(findings(seed, { add: ['lpar_avail_priority', 'name'] })).toEqual([]);
  });

  it('remove wins over add', () => {
    expect(findings(seed, { add: ['secure_boot'], remove: ['secure_boot'] })).toEqual([]);
  });

  it('an explicit severity applies to every finding, as for --rule', () => {
    expect(findings(OLD_HMC, { add: ['secure_boot'] }, 'warning')).toEqual([
      expect.stringMatching(/^warning hpt_ratio /),
      expect.stringMatching(/^warning secure_boot /),
      expect.stringMatching(/^warning vtpm_adapters /),
    ]);
  });
});
