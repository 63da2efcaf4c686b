import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, root } from './reports.js';

/**
 * What the HTML reports of the example cluster must show, computed from the JSON report of the same
 * run (and, for the servers, which no JSON report lists, from the inventory the run read).
 */

export type Severity = 'error' | 'warning' | 'info';

interface JsonDiagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fix?: unknown;
}
export interface JsonCheckReport {
  readonly files: readonly { readonly path: string; readonly node: string | null; readonly resource: string | null; readonly diagnostics: readonly JsonDiagnostic[] }[];
}
export interface JsonDiagnoseReport {
  readonly diagnoses: readonly { readonly resource: string | null; readonly profile: string | null; readonly findings: readonly JsonDiagnostic[] }[];
  readonly summary: { readonly logs: readonly string[]; readonly records: number; readonly failures: number };
}

const distinct = (values: readonly (string | null)[]): number => new Set(values.filter((v) => v !== null)).size;
const bySeverity = (findings: readonly JsonDiagnostic[], severity: Severity): number => findings.filter((d) => d.severity === severity).length;

/** The physical servers and VIO servers of the example inventory. */
function inventoryCounts(): { servers: number; vios: number } {
  const inventory = parse(readFileSync(join(root, EXAMPLE.inventory), 'utf8')) as { servers: Record<string, { vioServers: Record<string, number> }> };
  const servers = Object.values(inventory.servers);
  return { servers: servers.length, vios: servers.reduce((sum, s) => sum + Object.keys(s.vioServers).length, 0) };
}

/** The profile files of a check report: every file but the cluster's main.cf and inventory. */
export function profileFiles(report: JsonCheckReport): JsonCheckReport['files'] {
  return report.files.filter((f) => f.path !== EXAMPLE.mainCf && f.path !== EXAMPLE.inventory);
}

/** The `data-count` keys of the check report's header and their numbers. */
export function checkCounts(report: JsonCheckReport): Record<string, number> {
  const findings = report.files.flatMap((f) => f.diagnostics);
  return {
    clusters: 1, // the run read one main.cf
    nodes: distinct(report.files.map((f) => f.node)),
    ...inventoryCounts(),
    resources: distinct(report.files.map((f) => f.resource)),
    files: profileFiles(report).length,
    errors: bySeverity(findings, 'error'),
    warnings: bySeverity(findings, 'warning'),
  };
}

/** The `data-count` keys of the diagnose report's header; a finding that explains several failures counts once. */
export function diagnoseCounts(report: JsonDiagnoseReport): Record<string, number> {
  const findings = new Map<string, JsonDiagnostic>();
  for (const d of report.diagnoses) for (const f of d.findings) findings.set(`${d.profile}:${f.ruleId}:${f.line}:${f.column}`, f);
  return {
    logs: report.summary.logs.length,
    records: report.summary.records,
    failures: report.summary.failures,
    resources: distinct(report.diagnoses.map((d) => d.resource)),
    files: distinct(report.diagnoses.map((d) => d.profile)),
    errors: bySeverity([...findings.values()], 'error'),
    warnings: bySeverity([...findings.values()], 'warning'),
  };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** A profile file's state on the cluster map: its worst finding, or clean. */
export function worstState(diagnostics: readonly JsonDiagnostic[]): Severity | 'clean' {
  let worst: Severity | 'clean' = 'clean';
  for (const d of diagnostics) if (worst === 'clean' || RANK[d.severity] > RANK[worst]) worst = d.severity;
  return worst;
}

export const severityRank = (severity: string): number => RANK[severity as Severity] ?? 0;
