import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeveritySetting } from '../../src/core/diagnostic.js';
import { effectiveSettings, type CommandLineSettings, type EffectiveSettings } from '../../src/config/effective-settings.js';
import { DEFAULT_PATTERN } from '../../src/read/discover.js';
import { tempTree } from '../read/temp-tree.js';

const SITE_CONFIG = [
  'rules:',
  '  whitespace: error',
  '  required-attribute: [warning, { add: [secure_boot] }]',
  'overrides:',
  '  - files: ["legacy/**"]',
  '    rules:',
  '      whitespace: off',
  '      required-attribute: info          # a severity alone keeps the options',
  '  - files: ["legacy/old-hmc/*.cfg"]',
  '    rules:',
  '      whitespace: warning               # later overrides win',
  '      required-attribute: [error, { remove: [vtpm_adapters] }]',
  'mainCf: cluster/main.cf',
  'inventory: [cluster/inventory.yaml, cluster/hmc.txt]',
  'pathMap: { /configfile: configs, /other: other }',
  'pattern: "**/*.prof"',
  'ignore: [retired/**]',
  'maxWarnings: 2',
].join('\n');

/** A site folder with the config above; the settings seen from `cwd` below it. */
async function site(given: Partial<CommandLineSettings> = {}, cwd = ''): Promise<{ root: string; settings: EffectiveSettings }> {
  const root = await tempTree({ 'lparlint.config.yaml': SITE_CONFIG, 'legacy/old-hmc': {}, 'configs/x': {} });
  const settings = await effectiveSettings({ severities: new Map(), ...given }, join(root, cwd));
  return { root, settings };
}

const severity = (settings: EffectiveSettings, path: string, id: string): SeveritySetting | undefined =>
  settings.rulesFor(path).severities?.get(id);
const options = (settings: EffectiveSettings, path: string, id: string): unknown => settings.rulesFor(path).ruleOptions?.get(id);

describe('effectiveSettings: rules by file', () => {
  it('applies the top-level rules to every file', async () => {
    const { settings } = await site();
    expect(severity(settings, 'a.cfg', 'whitespace')).toBe('error');
    expect(severity(settings, 'a.cfg', 'required-attribute')).toBe('warning');
    expect(options(settings, 'a.cfg', 'required-attribute')).toEqual({ add: ['secure_boot'] });
    // A rule the config leaves out keeps its default: no setting at all.
    expect(severity(settings, 'a.cfg', 'syntax')).toBeUndefined();
  });

  it('applies the overrides whose globs match, later ones winning; a severity alone keeps the options', async () => {
    const { settings } = await site();
    expect(severity(settings, 'legacy/a.cfg', 'whitespace')).toBe('off');
    expect(severity(settings, 'legacy/a.cfg', 'required-attribute')).toBe('info');
    expect(options(settings, 'legacy/a.cfg', 'required-attribute')).toEqual({ add: ['secure_boot'] });
    expect(severity(settings, 'legacy/old-hmc/b.cfg', 'whitespace')).toBe('warning');
    expect(severity(settings, 'legacy/old-hmc/b.cfg', 'required-attribute')).toBe('error');
    expect(options(settings, 'legacy/old-hmc/b.cfg', 'required-attribute')).toEqual({ remove: ['vtpm_adapters'] });
  });

  it('matches globs against the path relative to the config file, from any working directory', async () => {
    const { root, settings } = await site({}, 'legacy');
    // Seen from legacy/, the file legacy/a.cfg is a.cfg; the override still matches it.
    expect(severity(settings, 'a.cfg', 'whitespace')).toBe('off');
    expect(severity(settings, join(root, 'legacy/a.cfg'), 'whitespace')).toBe('off');
    expect(severity(settings, '../b.cfg', 'whitespace')).toBe('error');
  });

  it('lets --rule win over the config and its overrides, keeping the options', async () => {
    const { settings } = await site({ severities: new Map([['required-attribute', 'off'], ['syntax', 'warning']]) });
    expect(severity(settings, 'legacy/old-hmc/b.cfg', 'required-attribute')).toBe('off');
    expect(options(settings, 'legacy/old-hmc/b.cfg', 'required-attribute')).toEqual({ remove: ['vtpm_adapters'] });
    expect(severity(settings, 'a.cfg', 'syntax')).toBe('warning');
  });
});

describe('effectiveSettings: cluster inputs, pattern, ignore, maxWarnings', () => {
  it('takes them from the config, with paths relative to the config file', async () => {
    const { root, settings } = await site({}, 'configs/x');
    expect(settings.configFile).toBe(join(root, 'lparlint.config.yaml'));
    expect(settings.mainCf).toBe(join(root, 'cluster/main.cf'));
    expect(settings.inventory).toEqual([join(root, 'cluster/inventory.yaml'), join(root, 'cluster/hmc.txt')]);
    expect(settings.pathMap).toEqual([`/configfile=${join(root, 'configs')}`, `/other=${join(root, 'other')}`]);
    expect(settings.pattern).toBe('**/*.prof');
    expect(settings.ignore).toEqual(['retired/**']);
    expect(settings.maxWarnings).toBe(2);
  });

  it('lets the command line win: main.cf, the whole inventory list, the same FROM of a mapping, pattern, maxWarnings', async () => {
    const { root, settings } = await site({ mainCf: 'my.cf', inventory: ['mine.yaml'], pathMap: ['/configfile=mine'], pattern: '*.cfg', maxWarnings: 0 });
    expect(settings.mainCf).toBe('my.cf');
    expect(settings.inventory).toEqual(['mine.yaml']);
    // The config's mappings come first, so that parsePathMappings lets the later --path-map win for /configfile.
    expect(settings.pathMap).toEqual([`/configfile=${join(root, 'configs')}`, `/other=${join(root, 'other')}`, '/configfile=mine']);
    expect(settings.pattern).toBe('*.cfg');
    expect(settings.maxWarnings).toBe(0);
  });

  it('ignores the files that the ignore globs match, relative to the config file', async () => {
    const { root, settings } = await site({}, 'legacy');
    expect(settings.isIgnored('../retired/a.cfg')).toBe(true);
    expect(settings.isIgnored(join(root, 'retired/x/b.cfg'))).toBe(true);
    expect(settings.isIgnored('retired/a.cfg')).toBe(false);
  });

  it('uses no config with --no-config, and the defaults', async () => {
    const { settings } = await site({ noConfig: true });
    expect(settings.configFile).toBeUndefined();
    expect(settings).toMatchObject({ inventory: [], pathMap: [], pattern: DEFAULT_PATTERN, ignore: [] });
    expect(settings.mainCf).toBeUndefined();
    expect(settings.maxWarnings).toBeUndefined();
    expect(settings.isIgnored('retired/a.cfg')).toBe(false);
    expect(settings.rulesFor('a.cfg').severities?.size).toBe(0);
  });

  it('reads the file --config names instead of searching, with paths relative to it', async () => {
    const root = await tempTree({ 'lparlint.config.json': '{ "maxWarnings": 1 }', 'ci/strict.yaml': 'maxWarnings: 0\nmainCf: ../cluster/main.cf' });
    const settings = await effectiveSettings({ severities: new Map(), config: 'ci/strict.yaml' }, root);
    expect(settings.configFile).toBe(join(root, 'ci/strict.yaml'));
    expect(settings.maxWarnings).toBe(0);
    expect(settings.mainCf).toBe(join(root, 'cluster/main.cf'));
  });
});
