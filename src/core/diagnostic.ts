import type { Range, Span } from './span.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What a user may set a rule to. */
export type SeveritySetting = Severity | 'off';

/** One text replacement; offsets are into the decoded file text. */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

/**
 * A repair for one finding. `safe` fixes cannot change what the partition becomes (Ruff's model):
 * `--fix` applies only those; unsafe ones need an explicit opt-in.
 */
export interface Fix {
  readonly description: string;
  readonly safe: boolean;
  readonly edits: readonly TextEdit[];
}

/** What a rule reports, before the engine applies severity settings and positions. */
export interface Finding {
  readonly ruleId: string;
  readonly message: string;
  /** The attribute the finding is about, or null for findings about the record as a whole. */
  readonly attribute: string | null;
  readonly span: Span;
  /** Overrides the rule's default severity for this one finding (e.g. duplicate with equal values). */
  readonly severity?: Severity;
  readonly fix?: Fix;
  /** A concrete next step when no automatic fix exists. */
  readonly suggestion?: string;
}

/** A finding as reported: severity settled, position in lines and columns. */
export interface Diagnostic extends Range {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly attribute: string | null;
  readonly span: Span;
  readonly fix?: Fix;
  readonly suggestion?: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Report order: by position, then by severity, then by rule id, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.span.start - b.span.start ||
    a.span.end - b.span.end ||
    RANK[a.severity] - RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
