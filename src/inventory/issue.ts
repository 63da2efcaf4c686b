import type { InputIssue } from '../core/input-issue.js';

/** A problem found while loading the inventory: in an inventory file (YAML or JSON) or in a saved HMC output file. */
export type InventoryIssue = InputIssue;

/** An issue in a file whose path the caller adds later (the parsers see only a text). */
export type TextIssue = Omit<InventoryIssue, 'path'>;

export function inFile(path: string, issues: readonly TextIssue[]): InventoryIssue[] {
  return issues.map((issue) => ({ path, ...issue }));
}
