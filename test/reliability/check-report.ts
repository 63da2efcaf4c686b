import { expect } from 'vitest';
import { runCli } from '../cli/fake-io.js';

export interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly suggestion?: string;
}

export interface CheckedBatch {
  readonly code: number;
  readonly stderr: string;
  /** The findings of each file of the JSON report, by its path. */
  readonly files: ReadonlyMap<string, readonly Finding[]>;
}

/** A line of a Node stack trace: what a user must never see unless they ask with --debug. */
export const STACK_LINE = /^\s+at /m;

/** Runs `lparlint check -f json …` in-process; asserts no stack trace reached stderr. */
export async function checkBatch(args: readonly string[], cwd: string): Promise<CheckedBatch> {
  const { code, stdout, stderr } = await runCli(['check', '-f', 'json', ...args], { cwd });
  expect(stderr).not.toMatch(STACK_LINE);
  const report = JSON.parse(stdout) as { files: { path: string; diagnostics: Finding[] }[] };
  return { code, stderr, files: new Map(report.files.map((f) => [f.path, f.diagnostics])) };
}

/** The findings of one file, with only the fields a test pins down. */
export function findingsOf(batch: CheckedBatch, path: string): Pick<Finding, 'ruleId' | 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'>[] {
  const found = batch.files.get(path);
  expect(found, `${path} is in the report`).toBeDefined();
  return found!.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({ ruleId, severity, line, column, endLine, endColumn, message }));
}

/** The errors of one file: a valid profile has none, whatever else the batch held. */
export function errorsOf(batch: CheckedBatch, path: string): Finding[] {
  return (batch.files.get(path) ?? []).filter((d) => d.severity === 'error');
}
