import type { Finding, Severity } from '../core/diagnostic.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import type { NodeContext } from '../cluster/model.js';
import type { SchemaModel, ValidationResult } from '../validate/model.js';

export interface RuleMeta {
  /** Stable id, kebab-case; never reused. The rule's doc is `rules/<id>.md`. */
  readonly id: string;
  /** One line: what the rule finds. */
  readonly description: string;
  readonly severity: Severity;
  /** Whether the rule offers fixes, and of which kind (see `Fix.safe`). */
  readonly fixable?: 'safe' | 'unsafe' | 'both';
}

/** What a rule sees of one file. */
export interface RuleContext {
  readonly path: string;
  readonly document: ProfileDocument;
  readonly schema: SchemaModel;
  readonly validation: ValidationResult;
  /** The node the file is for, when the cluster is known (`--main-cf`, `--inventory`, `--node`). */
  readonly node?: NodeContext;
  report(finding: Omit<Finding, 'ruleId'>): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Keeps the id in one place: rule files declare themselves through this. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
