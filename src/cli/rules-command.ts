import { readAsset } from '../core/assets.js';
import type { RuleMeta } from '../lint/rule.js';
import { InputError } from '../read/input-error.js';
import type { CliIo } from './io.js';
import { noSuchRule } from './rule-settings.js';

/** `lparlint rules`: one row per rule, columns aligned. */
export function listRules(rules: readonly { readonly meta: RuleMeta }[], io: CliIo): number {
  const rows = [
    ['id', 'severity', 'fixable', 'description'],
    ...rules.map((r) => [r.meta.id, r.meta.severity, r.meta.fixable ?? 'no', r.meta.description]),
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((row) => row[col]!.length)));
  const text = rows.map((row) => row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]!) : cell)).join('  ')).join('\n');
  io.stdout.write(text + '\n');
  return 0;
}

/** `lparlint rules <id>`: the rule's documentation, `rules/<id>.md`, as written. */
export function showRuleDoc(id: string, rules: readonly { readonly meta: RuleMeta }[], io: CliIo): number {
  if (!rules.some((r) => r.meta.id === id)) {
    throw new InputError(noSuchRule(id, rules));
  }
  const file = `rules/${id}.md`;
  let doc: string;
  try {
    doc = readAsset(file);
  } catch {
    throw new InputError(`the documentation of rule ${id} is missing from this installation (expected ${file})`);
  }
  io.stdout.write(doc.endsWith('\n') ? doc : doc + '\n');
  return 0;
}
