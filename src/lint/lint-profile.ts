import type { NodeContext } from '../cluster/model.js';
import { compareDiagnostics, type Diagnostic, type Finding, type SeveritySetting } from '../core/diagnostic.js';
import { LineIndex } from '../core/span.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import { parseProfile } from '../parse/profile/parse.js';
import { getProfileSchema } from '../validate/schema.js';
import type { Rule, RuleContext, RuleOptions } from './rule.js';
import { ruleSetting, settle } from './settle.js';

/** The rule settings that apply to one file: from the config file, its overrides and `--rule`. */
export interface RuleSettings {
  /** Per-rule severity settings that replace the rules' defaults (`--rule id=severity`, config `rules`). */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  /** Per-rule options, by rule id, already checked against each rule's `optionsSchema`. */
  readonly ruleOptions?: ReadonlyMap<string, RuleOptions>;
}

export interface LintOptions extends RuleSettings {
  /** The path shown in reports; also what rules see as `context.path`. */
  readonly path: string;
  readonly rules: readonly Rule[];
  /** The node the file is for; rules that need the cluster skip their checks without it. */
  readonly node?: NodeContext;
}

export interface FileResult {
  readonly path: string;
  /** The text checked; empty once a file without findings or fix is kept for a report (keptForReport). */
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  /** For a profile file checked as part of a cluster: the node it is for and the LPAR resource. */
  readonly node?: string;
  readonly resource?: string;
  /** Set when fixes were asked for (--fix, --fix-unsafe, --fix-dry-run); `source` is then the fixed text. */
  readonly fix?: FileFix;
}

/** What fixing did to a file. */
export interface FileFix {
  /** The text as read, before any fix. */
  readonly original: string;
  /** The findings of `original`: what the report shows when the fixed text is not written. */
  readonly before: readonly Diagnostic[];
  /** Fixes applied over all passes. */
  readonly applied: number;
  readonly written: boolean;
  /** Why the file was not written, when it had fixes to write. */
  readonly reason?: string;
}

/** Read → parse → validate → rules → diagnostics, for the text of one profile file. */
export function lintProfile(source: string, options: LintOptions): FileResult {
  return lintDocument(parseProfile(source), options);
}

/** Validate → rules → diagnostics, for a parsed profile (the cluster audit parses first, to compare files). */
export function lintDocument(document: ProfileDocument, options: LintOptions): FileResult {
  const { source } = document;
  const schema = getProfileSchema();
  const validation = schema.validate(document);
  const lines = new LineIndex(source);
  const diagnostics: Diagnostic[] = [];
  for (const rule of options.rules) {
    if (ruleSetting(rule.meta, options.severities) === 'off') continue;
    const context: RuleContext = {
      path: options.path,
      document,
      schema: schema.model,
      validation,
      ...(options.node ? { node: options.node } : {}),
      options: options.ruleOptions?.get(rule.meta.id) ?? {},
      report(finding: Omit<Finding, 'ruleId'>) {
        const diagnostic = settle(rule.meta, finding, options.severities, lines);
        if (diagnostic) diagnostics.push(diagnostic);
      },
    };
    rule.check(context);
  }
  diagnostics.sort(compareDiagnostics);
  return {
    path: options.path,
    source,
    diagnostics,
    ...(options.node ? { node: options.node.node } : {}),
    ...(options.node?.resource ? { resource: options.node.resource } : {}),
  };
}
