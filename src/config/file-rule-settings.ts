import picomatch from 'picomatch';
import type { SeveritySetting } from '../core/diagnostic.js';
import type { RuleSettings } from '../lint/lint-profile.js';
import type { RuleOptions } from '../lint/rule.js';
import type { ConfigData, RulesData } from './config-data.js';

/**
 * The rule settings of each file: the config's `rules`, then every override whose `files` globs
 * match the file's path relative to the config file's folder, in order (a later one wins), then
 * `--rule` from the command line. A setting with options replaces the rule's options; a severity
 * alone keeps those set before it, as in ESLint. Takes the config-relative path.
 */
export function fileRuleSettings(data: ConfigData, commandLine: ReadonlyMap<string, SeveritySetting>): (relativePath: string) => RuleSettings {
  const overrides = (data.overrides ?? []).map((o, index) => ({ index, matches: picomatch([...o.files]), rules: o.rules }));
  // A file's settings depend only on which overrides match it: they are worked out once for each
  // such set and shared, so a batch of 100,000 files holds a few of them, not one per file.
  const known = new Map<string, RuleSettings>();
  return (relativePath) => {
    const matching = overrides.filter((o) => o.matches(relativePath));
    const key = matching.map((o) => o.index).join(',');
    const cached = known.get(key);
    if (cached) return cached;
    const severities = new Map<string, SeveritySetting>();
    const ruleOptions = new Map<string, RuleOptions>();
    const apply = (rules: RulesData): void => {
      for (const [id, setting] of Object.entries(rules)) {
        if (typeof setting === 'string') {
          severities.set(id, setting);
          continue;
        }
        severities.set(id, setting[0]);
        if (setting.length === 2) ruleOptions.set(id, setting[1]);
      }
    };
    apply(data.rules ?? {});
    for (const o of matching) apply(o.rules);
    for (const [id, severity] of commandLine) severities.set(id, severity);
    const settings = { severities, ruleOptions };
    known.set(key, settings);
    return settings;
  };
}
