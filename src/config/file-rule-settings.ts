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
  const overrides = (data.overrides ?? []).map((o) => ({ matches: picomatch([...o.files]), rules: o.rules }));
  // The cluster audit asks once per finding; a file's settings are worked out once.
  const known = new Map<string, RuleSettings>();
  return (relativePath) => {
    const cached = known.get(relativePath);
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
    for (const o of overrides) if (o.matches(relativePath)) apply(o.rules);
    for (const [id, severity] of commandLine) severities.set(id, severity);
    const settings = { severities, ruleOptions };
    known.set(relativePath, settings);
    return settings;
  };
}
