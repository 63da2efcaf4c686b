import type { Diagnostic, Finding, SeveritySetting } from '../core/diagnostic.js';
import type { LineIndex } from '../core/span.js';
import type { RuleMeta } from './rule.js';

/** The severity a rule runs at: the user's setting, else the rule's default. */
export function ruleSetting(meta: RuleMeta, severities: ReadonlyMap<string, SeveritySetting> | undefined): SeveritySetting {
  return severities?.get(meta.id) ?? meta.severity;
}

/**
 * Turns a rule's finding into a diagnostic: severity settled, position in lines and columns.
 * A finding may carry its own severity (a harmless duplicate); an explicit user setting wins.
 */
export function settle(
  meta: RuleMeta,
  finding: Omit<Finding, 'ruleId'>,
  severities: ReadonlyMap<string, SeveritySetting> | undefined,
  lines: LineIndex,
): Diagnostic | undefined {
  const setting = ruleSetting(meta, severities);
  if (setting === 'off') return undefined;
  const severity = severities?.has(meta.id) ? setting : (finding.severity ?? setting);
  return { ...finding, ruleId: meta.id, severity, ...lines.range(finding.span) };
}
