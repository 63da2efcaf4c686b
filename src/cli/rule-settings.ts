import type { SeveritySetting } from '../core/diagnostic.js';
import type { RuleMeta } from '../lint/rule.js';
import { InputError } from '../read/input-error.js';

const SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** Reads `--rule id=severity` options; a later setting of the same rule wins. */
export function parseRuleSettings(options: readonly string[], rules: readonly { readonly meta: RuleMeta }[]): Map<string, SeveritySetting> {
  const settings = new Map<string, SeveritySetting>();
  for (const option of options) {
    const at = option.indexOf('=');
    const id = at < 0 ? '' : option.slice(0, at).trim();
    if (id === '') {
      throw new InputError(`--rule ${option}: write it as --rule <rule-id>=<${SETTINGS.join('|')}>, e.g. --rule whitespace=off`);
    }
    const severity = option.slice(at + 1).trim();
    if (!rules.some((r) => r.meta.id === id)) {
      throw new InputError(`--rule ${option}: ${noSuchRule(id, rules)}`);
    }
    if (!isSetting(severity)) {
      throw new InputError(`--rule ${option}: "${severity}" is not a severity; use one of: ${SETTINGS.join(', ')}`);
    }
    settings.set(id, severity);
  }
  return settings;
}

function isSetting(text: string): text is SeveritySetting {
  return (SETTINGS as readonly string[]).includes(text);
}

export function noSuchRule(id: string, rules: readonly { readonly meta: RuleMeta }[]): string {
  return `there is no rule "${id}"; the rules are: ${rules.map((r) => r.meta.id).join(', ')}`;
}
