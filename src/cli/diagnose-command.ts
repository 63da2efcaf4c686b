import { constants, readFileSync } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ALL_RULES } from '../../rules/index.js';
import type { ClusterInputs } from '../cluster/audit.js';
import { locateProfile, parsePathMappings, type PathMapping } from '../cluster/path-map.js';
import { effectiveSettings, type ConfigChoice } from '../config/effective-settings.js';
import { correlate } from '../diagnose/correlate.js';
import { FAILURE_SEVERITIES, LPAR_AGENT_TYPE } from '../diagnose/failure.js';
import type { LogFilter, LogLine } from '../diagnose/model.js';
import { matchRecord, readPatternCatalog, type PatternCatalog } from '../diagnose/patterns/index.js';
import { clusterProfiles, explainingRules, givenProfile, noProfiles, type CheckSettings, type ProfileChecker } from '../diagnose/profile-checks.js';
import { gitPath } from '../fix/diff.js';
import { parseTime, readLogs } from '../parse/log/index.js';
import { decodeProfile } from '../read/decode.js';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';
import { explainReadError } from '../read/io-result.js';
import { DIAGNOSE_FORMATTERS } from '../report/diagnose/index.js';
import { plural } from '../report/plural.js';
import { knownNode, loadClusterInputs } from './cluster-inputs.js';
import type { CliIo } from './io.js';
import { parseOutputSpecs } from './output-specs.js';
import { progressBar } from './progress-bar.js';
import { overviewRun, reportOverview } from './report-overview.js';
import { parseRuleSettings } from './rule-settings.js';
import { writeOutputs } from './write-outputs.js';

/** `config`/`noConfig` (ConfigChoice): the config file, whose settings the options given here override. */
export interface DiagnoseOptions extends ConfigChoice {
  /** The VCS agent logs to read (`LPAR_A.log LPAR_B.log ...`). */
  readonly logs: readonly string[];
  readonly mainCf?: string;
  readonly inventory: readonly string[];
  readonly pathMap: readonly string[];
  /** `--profile`: the profile file to check for every failure, instead of main.cf's ProfileFile. */
  readonly profile?: string;
  /** `--node`: the node whose log it is, for messages that do not name theirs. */
  readonly node?: string;
  readonly resource?: string;
  readonly since?: string;
  readonly until?: string;
  /** `--patterns`: the user's own pattern catalog files. */
  readonly patterns: readonly string[];
  /** Raw `--rule id=severity` values. */
  readonly rules: readonly string[];
  /** Raw `--format NAME[:FILE]` values, as for check (output-specs.ts). */
  readonly formats: readonly string[];
  readonly outputFile?: string;
  readonly color?: boolean;
  /** `--progress` / `--no-progress`: a bar on a terminal's stderr while large logs are read; on when not given. */
  readonly progress?: boolean;
}

/**
 * `lparlint diagnose`: reads the logs, pairs each failed operation with the findings of its
 * profile file that explain it, prints the report, and returns 1 when the logs hold a failure, 0
 * when they hold none. Usage and input problems throw InputError (exit code 2).
 */
export async function runDiagnose(options: DiagnoseOptions, io: CliIo): Promise<number> {
  const outputs = parseOutputSpecs({ formats: options.formats, env: io.env, ...(options.outputFile !== undefined ? { outputFile: options.outputFile } : {}) }, [...DIAGNOSE_FORMATTERS.keys()]);
  // Only for the formats that show it (html); taken now, so a bad SOURCE_DATE_EPOCH stops the run before reading.
  const run = overviewRun(outputs, io);
  // The config file's main.cf, inventory, path mappings and rules, with the command line's over them.
  const settings = await effectiveSettings({ ...options, severities: parseRuleSettings(options.rules, ALL_RULES) }, io.cwd);
  if (options.pathMap.length > 0 && settings.mainCf === undefined) {
    throw new InputError('--path-map maps the ProfileFile paths of main.cf: give --main-cf too (or --profile FILE for one file)');
  }
  const mappings = parsePathMappings(settings.pathMap);
  if ('error' in mappings) throw new InputError(mappings.error);
  const filter = logFilter(options);
  const logs = await logFiles(options.logs, io.cwd);
  const catalog = await patternCatalog(options.patterns, io.cwd);

  const cluster = settings.mainCf !== undefined || settings.inventory.length > 0 ? await loadClusterInputs(settings, io.cwd) : undefined;
  const node = options.node !== undefined && cluster ? knownNode(options.node, cluster) : options.node;
  const profiles = await profileChecker(options, cluster, { settingsFor: settings.rulesFor, rules: explainingRules(catalog), mappings }, io.cwd);

  const totalBytes = logs.reduce((sum, l) => sum + l.size, 0);
  const progress = progressBar(io, options.progress ?? true, outputs, totalBytes, 'bytes');
  let bytesRead = 0;
  const entries = readLogs(
    logs.map((l) => l.absolute),
    { filter, ...(progress ? { onBytes: (bytes: number) => progress.update((bytesRead += bytes)) } : {}) },
  );
  const correlation = await correlate(entries, {
    match: (text) => matchRecord(text, catalog),
    profiles,
    gitPath: (path) => gitPath(io.cwd, path),
    ...(node !== undefined ? { node } : {}),
    ...(options.resource !== undefined ? { resource: options.resource } : {}),
  });
  progress?.finish();
  // The reader names lines by the path it read; reports show the path as the user sees it.
  const shown = new Map(logs.map((l) => [l.absolute, l.path]));
  const shownLine = (line: LogLine): LogLine => ({ ...line, path: shown.get(line.path) ?? line.path });
  const diagnoses = correlation.diagnoses.map((d) => ({ ...d, logLines: d.logLines.map(shownLine) }));
  const { unlisted } = correlation;
  const report = {
    logs: logs.map((l) => l.path),
    records: correlation.records,
    diagnoses,
    ...(unlisted ? { unlisted: { ...unlisted, logLine: shownLine(unlisted.logLine) } } : {}),
    patterns: catalog.map((c) => c.pattern),
    ...(run ? { overview: reportOverview(run, cluster, (file) => locateProfile(file, mappings, io.cwd)) } : {}),
  };

  await writeOutputs(report, outputs, DIAGNOSE_FORMATTERS, {
    cwd: io.cwd,
    env: io.env,
    stdout: io.stdout,
    ...(options.color !== undefined ? { color: options.color } : {}),
  });
  return diagnoses.length > 0 ? 1 : 0;
}

function logFilter(options: DiagnoseOptions): LogFilter {
  const since = options.since === undefined ? undefined : timeOption('--since', options.since, 'since');
  const until = options.until === undefined ? undefined : timeOption('--until', options.until, 'until');
  if (since !== undefined && until !== undefined && since > until) {
    throw new InputError(`--since ${options.since} is after --until ${options.until}: no message could be kept`);
  }
  return {
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
    // Failures are of the LPAR agent, or with --resource of that resource whatever its agent.
    ...(options.resource !== undefined ? { resource: options.resource } : { agentType: LPAR_AGENT_TYPE }),
    severities: FAILURE_SEVERITIES,
  };
}

function timeOption(option: string, text: string, bound: 'since' | 'until'): number {
  try {
    return parseTime(text, bound);
  } catch (error) {
    throw error instanceof InputError ? new InputError(`${option} ${text}: ${error.message}`) : error;
  }
}

/** The log files, each checked before reading starts: a missing log is a usage error, not a clean log. */
async function logFiles(given: readonly string[], cwd: string): Promise<{ path: string; absolute: string; size: number }[]> {
  const files = [];
  for (const log of given) {
    const absolute = resolve(cwd, log);
    let isFile: boolean;
    let size = 0;
    try {
      const stats = await stat(absolute);
      isFile = stats.isFile();
      size = stats.size;
      if (isFile) await access(absolute, constants.R_OK);
    } catch (error) {
      throw new InputError(`${log}: cannot read the log: ${explainReadError(error, 'file').reason}`);
    }
    if (!isFile) throw new InputError(`${log}: not a file; give the log files themselves, e.g. /var/VRTSvcs/log/LPAR_A.log`);
    files.push({ path: displayPath(cwd, absolute), absolute, size });
  }
  return files;
}

/**
 * The built-in catalog with the user's `--patterns` files. A fault in those files stops the run
 * (exit 2): a pattern silently left out would leave its failures unexplained.
 */
async function patternCatalog(files: readonly string[], cwd: string): Promise<PatternCatalog> {
  const paths = files.map((file) => displayPath(cwd, resolve(cwd, file)));
  const { catalog, issues } = await readPatternCatalog(paths, (path) => readFile(resolve(cwd, path), 'utf8'));
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${plural(issues.length - 1, 'more issue')})` : '';
    throw new InputError(`--patterns ${first.path}:${first.line}:${first.column}: ${first.message}${more}`);
  }
  return catalog;
}

/** Where each failure's profile file comes from: `--profile`, main.cf's ProfileFile, or nowhere. */
async function profileChecker(
  options: DiagnoseOptions,
  cluster: ClusterInputs | undefined,
  how: CheckSettings & { readonly mappings: readonly PathMapping[] },
  cwd: string,
): Promise<ProfileChecker> {
  const { mappings, ...check } = how;
  // Read synchronously: the files are small and read one after the other once the log is read, and
  // an asynchronous read costs a round trip through the thread pool each (a third of the audit).
  const readText = (path: string): Promise<string> => Promise.resolve().then(() => decodeProfile(readFileSync(resolve(cwd, path))));
  if (options.profile !== undefined) {
    const path = displayPath(cwd, resolve(cwd, options.profile));
    let source: string;
    try {
      source = await readText(path);
    } catch (error) {
      throw new InputError(`--profile ${options.profile}: cannot read it: ${explainReadError(error, 'file').reason}`);
    }
    return givenProfile(path, source, cluster, check);
  }
  if (cluster?.config) {
    return clusterProfiles(cluster, cluster.config, { ...check, readText, locate: (file) => locateProfile(file, mappings, cwd) });
  }
  return noProfiles;
}
