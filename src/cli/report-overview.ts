import type { ClusterInputs } from '../cluster/audit.js';
import { clusterOverview } from '../report/cluster-overview.js';
import type { ReportOverview, RunInfo } from '../report/overview.js';
import type { CliIo } from './io.js';
import type { OutputSpec } from './output-specs.js';
import { runInfo } from './run-info.js';

/** The formats that show the run and the cluster besides the findings. */
const OVERVIEW_FORMATS: ReadonlySet<string> = new Set(['html']);

/**
 * The run's information when a format that shows it is asked for, else undefined: the other
 * formats neither pay for it nor stop on a bad SOURCE_DATE_EPOCH. Taken when the run starts, so that
 * a bad SOURCE_DATE_EPOCH stops it before any file is read or fixed.
 */
export function overviewRun(outputs: readonly OutputSpec[], io: Pick<CliIo, 'env' | 'argv'>): RunInfo | undefined {
  return outputs.some((o) => OVERVIEW_FORMATS.has(o.format)) ? runInfo(io) : undefined;
}

/** The run with the cluster it read, when it read main.cf or an inventory; `locate` as the audit's. */
export function reportOverview(run: RunInfo, cluster: ClusterInputs | undefined, locate: (profileFile: string) => string): ReportOverview {
  const drawn = cluster && clusterOverview(cluster, locate);
  const inputFiles = cluster ? [...cluster.sources.keys()] : [];
  return { run, ...(drawn ? { cluster: drawn } : {}), ...(inputFiles.length > 0 ? { inputFiles } : {}) };
}
