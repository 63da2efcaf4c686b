import type { NodeContext } from '../cluster/model.js';
import { compareDiagnostics, type Diagnostic, type Finding, type SeveritySetting } from '../core/diagnostic.js';
import { LineIndex } from '../core/span.js';
import { parseProfile } from '../parse/profile/parse.js';
import { getProfileSchema } from '../validate/schema.js';
import type { Rule, RuleContext } from './rule.js';

export interface LintOptions {
  /** The path shown in reports; also what rules see as `context.path`. */
  readonly path: string;
  readonly rules: readonly Rule[];
  /** Per-rule severity settings that replace the rules' defaults (`--rule id=severity`). */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  /** The node the file is for; rules that need the cluster skip their checks without it. */
  readonly node?: NodeContext;
}

export interface FileResult {
  readonly path: string;
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** Read → parse → validate → rules → diagnostics, for the text of one profile file. */
export function lintProfile(source: string, options: LintOptions): FileResult {
  const document = parseProfile(source);
  const schema = getProfileSchema();
  const validation = schema.validate(document);
  const lines = new LineIndex(source);
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules) {
    const setting = options.severities?.get(rule.meta.id) ?? rule.meta.severity;
    if (setting === 'off') continue;
    const context: RuleContext = {
      path: options.path,
      document,
      schema: schema.model,
      validation,
      ...(options.node ? { node: options.node } : {}),
      report(finding: Omit<Finding, 'ruleId'>) {
        // A finding may carry its own severity (a harmless duplicate); an explicit user setting wins.
        const severity = options.severities?.has(rule.meta.id) ? setting : (finding.severity ?? setting);
        diagnostics.push({ ...finding, ruleId: rule.meta.id, severity, ...lines.range(finding.span) });
      },
    };
    rule.check(context);
  }
  diagnostics.sort(compareDiagnostics);
  return { path: options.path, source, diagnostics };
}
