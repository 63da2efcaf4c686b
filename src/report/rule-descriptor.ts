import { ALL_RULES } from '../../rules/index.js';
import { readAsset } from '../core/assets.js';
import type { Severity } from '../core/diagnostic.js';
import { IO_RULE_ID } from '../read/io-result.js';

/** What the machine formats (SARIF) say about a rule id that findings carry. */
export interface RuleDescriptor {
  readonly id: string;
  /** One line: what the rule finds. */
  readonly description: string;
  /** A paragraph that says more, at most FULL_DESCRIPTION_LIMIT characters. */
  readonly fullDescription: string;
  /** The severity its findings have unless a setting changes it. */
  readonly severity: Severity;
  /** The whole documentation, in Markdown (readable as plain text too). */
  readonly help: string;
}

/** GitHub code scanning rejects longer descriptions. */
export const FULL_DESCRIPTION_LIMIT = 1024;

/**
 * The descriptor of each id, in the order given: from `extra` (ids that are not lparlint rules,
 * such as diagnose's log patterns), else lparlint's rules with their documentation
 * (`rules/<id>.md`), else the `io` pseudo-rule.
 */
export function describeRules(ids: readonly string[], extra: readonly RuleDescriptor[] = []): RuleDescriptor[] {
  return ids.map((id) => extra.find((r) => r.id === id) ?? lintRuleDescriptor(id) ?? (id === IO_RULE_ID ? IO_DESCRIPTOR : unknownDescriptor(id)));
}

function lintRuleDescriptor(id: string): RuleDescriptor | undefined {
  const meta = ALL_RULES.find((r) => r.meta.id === id)?.meta;
  if (!meta) return undefined;
  const doc = readAsset(`rules/${id}.md`);
  return { id, description: meta.description, fullDescription: firstParagraph(doc, '## What it finds') ?? meta.description, severity: meta.severity, help: doc };
}

/**
 * The first paragraph after `heading` — with the block after it when it ends in a colon (a list it
 * introduces) — on one line and cut to the limit; undefined when the doc lacks the heading.
 */
export function firstParagraph(doc: string, heading: string): string | undefined {
  const lines = doc.split('\n');
  const at = lines.findIndex((line) => line.trim() === heading);
  if (at < 0) return undefined;
  const taken: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const text = line.trim();
    if (text.startsWith('#')) break;
    if (text !== '') taken.push(text);
    else if (taken.length > 0 && !taken.at(-1)!.endsWith(':')) break;
  }
  return taken.length === 0 ? undefined : cut(taken.join(' '), FULL_DESCRIPTION_LIMIT);
}

export function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

const IO_DESCRIPTOR: RuleDescriptor = {
  id: IO_RULE_ID,
  description: 'A file could not be read (or a fixed file could not be written).',
  fullDescription:
    'lparlint could not read a file it was given or found (missing, a broken link, no permission), or could not write a file it fixed. The other files are still checked; the finding fails the run.',
  severity: 'error',
  help: 'A file could not be read (or a fixed file could not be written). The message says why; make the file readable by the user running lparlint, or correct the path, and run again.',
};

/** A finding whose rule id lparlint does not know: described by its id, so the report stays valid. */
function unknownDescriptor(id: string): RuleDescriptor {
  return { id, description: id, fullDescription: id, severity: 'warning', help: id };
}
