import type { Finding, Severity } from '../core/diagnostic.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import type { NodeContext } from '../cluster/model.js';
import type { SchemaModel, ValidationResult } from '../validate/model.js';
import type { SchemaNode } from '../validate/schema-nodes.js';

/**
 * A rule's options, as a config file sets them (`rules: { <id>: [severity, options] }`). They are
 * checked against the rule's `optionsSchema` when the config is read, so a rule may rely on that shape.
 */
export type RuleOptions = Readonly<Record<string, unknown>>;

/** JSON Schema (2020-12) of a rule's options, with `x-expected` words for the messages about them. */
export type OptionsSchema = SchemaNode & Readonly<Record<string, unknown>>;

export interface RuleMeta {
  /** Stable id, kebab-case; never reused. The rule's doc is `rules/<id>.md`. */
  readonly id: string;
  /** One line: what the rule finds. */
  readonly description: string;
  readonly severity: Severity;
  /** Whether the rule offers fixes, and of which kind (see `Fix.safe`). */
  readonly fixable?: 'safe' | 'unsafe' | 'both';
  /** The options the rule takes, as ESLint's `meta.schema`; a rule without it takes none. */
  readonly optionsSchema?: OptionsSchema;
}

/** What a rule sees of one file. */
export interface RuleContext {
  readonly path: string;
  readonly document: ProfileDocument;
  readonly schema: SchemaModel;
  readonly validation: ValidationResult;
  /** The node the file is for, when the cluster is known (`--main-cf`, `--inventory`, `--node`). */
  readonly node?: NodeContext;
  /** The rule's options for this file (config file and its overrides); `{}` when none are set. */
  readonly options: RuleOptions;
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
