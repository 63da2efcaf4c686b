import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ALL_RULES, CLUSTER_RULES, PROFILE_RULES } from '../../rules/index.js';
import { auditCluster, auditedProfileCount, type ClusterInputs } from '../cluster/audit.js';
import { baselineRequest } from '../baseline/request.js';
import { nodeContext } from '../cluster/node-context.js';
import { valueForSystem, type NodeContext } from '../cluster/model.js';
import { locateProfile, parsePathMappings } from '../cluster/path-map.js';
import { effectiveSettings, type ConfigChoice } from '../config/effective-settings.js';
import type { FixMode } from '../fix/fix-profile.js';
import type { FileResult } from '../lint/lint-profile.js';
import { discoverTargets, STDIN_ARGUMENT, type Target } from '../read/discover.js';
import { InputError } from '../read/input-error.js';
import { DEFAULT_MAX_FILE_SIZE, loadFile } from '../read/load.js';
import { checkBatch } from '../check/check-batch.js';
import { checkThreads, parseConcurrency } from '../check/concurrency.js';
import { FORMATTERS } from '../report/formatters/index.js';
import { plural } from '../report/plural.js';
import type { ProgressBar } from '../report/progress.js';
import { createReport, keptForReport } from '../report/report.js';
import { knownNode, loadClusterInputs } from './cluster-inputs.js';
import type { CliIo } from './io.js';
import { parseOutputSpecs } from './output-specs.js';
import { progressBar } from './progress-bar.js';
import { overviewRun, reportOverview } from './report-overview.js';
import { parseRuleSettings } from './rule-settings.js';
import { writeOutputs } from './write-outputs.js';

/** `config`/`noConfig` (ConfigChoice): the config file, whose settings the options given here override. */
export interface CheckOptions extends ConfigChoice {
  readonly paths: readonly string[];
  /** `--pattern`; the config's `pattern`, else the default, when not given. */
  readonly pattern?: string;
  readonly stdinFilename?: string;
  /** Raw `--rule id=severity` values. */
  readonly rules: readonly string[];
  /** Raw `--format NAME[:FILE]` values (see output-specs.ts); none: the default format, or GitHub's too in GitHub Actions. */
  readonly formats: readonly string[];
  readonly outputFile?: string;
  readonly quiet: boolean;
  readonly maxWarnings?: number;
  /** `--color` / `--no-color`; undefined when neither was given. */
  readonly color?: boolean;
  /** `--main-cf`: audit every LPAR resource of this VCS configuration. */
  readonly mainCf?: string;
  /** `--inventory`: physical servers, VIO servers and partitions (YAML, JSON or saved lssyscfg output). */
  readonly inventory: readonly string[];
  /** `--path-map FROM=TO`: where ProfileFile paths of main.cf are read from. */
  readonly pathMap: readonly string[];
  /** `--node`: the node the given files are for. */
  readonly node?: string;
  /** `--fix` (safe fixes) or `--fix-unsafe` (safe and unsafe ones). */
  readonly fix?: FixMode;
  /** `--fix-dry-run` / `--diff`: print the fixes as a unified diff, write nothing. */
  readonly fixDryRun: boolean;
  /** `--backup`: keep each fixed file's original as `<file>.orig`. */
  readonly backup: boolean;
  /** `--debug`: print the stack trace of an internal error. */
  readonly debug?: boolean;
  /** `--max-file-size`: profile files larger than this many bytes are not read (an `io` finding); default 1 MiB. */
  readonly maxFileSize?: number;
  /** `--baseline FILE`: findings it records are known and do not fail the run (see src/baseline/). */
  readonly baseline?: string;
  /** `--update-baseline`: write the run's findings to the baseline. */
  readonly updateBaseline?: boolean;
  /** `--prune-baseline`: drop from the baseline the findings that no longer occur. */
  readonly pruneBaseline?: boolean;
  /** `--progress` / `--no-progress`: a bar on a terminal's stderr over long runs; on when not given. */
  readonly progress?: boolean;
  /** Raw `--concurrency` value: off, auto (when not given) or a number of threads (src/check/concurrency.ts). */
  readonly concurrency?: string;
}

/** `lparlint check`: lint every target, print or write the report, and return the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const outputs = parseOutputSpecs({ formats: options.formats, env: io.env, ...(options.outputFile !== undefined ? { outputFile: options.outputFile } : {}) }, [...FORMATTERS.keys()]);
  // Only for the formats that show it (html); taken now, so a bad SOURCE_DATE_EPOCH stops the run before any fix.
  const run = overviewRun(outputs, io);
  const { maxWarnings } = options;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new InputError('--max-warnings needs a whole number of 0 or more, e.g. --max-warnings 0');
  }
  if (options.stdinFilename !== undefined && !options.paths.includes(STDIN_ARGUMENT)) {
    throw new InputError(`--stdin-filename names standard input: give "${STDIN_ARGUMENT}" among the paths to read it`);
  }
  const { maxFileSize = DEFAULT_MAX_FILE_SIZE } = options;
  if (!(Number.isInteger(maxFileSize) && maxFileSize > 0)) {
    throw new InputError('--max-file-size needs a whole number of bytes above 0, e.g. --max-file-size 4194304');
  }
  const concurrency = parseConcurrency(options.concurrency ?? 'auto');
  if (options.backup && (!options.fix || options.fixDryRun)) {
    throw new InputError('--backup keeps the originals of files that --fix or --fix-unsafe writes; give one of those (and not --fix-dry-run)');
  }
  // The baseline is read now, so a missing or malformed one stops the run before any file is fixed;
  // its module is loaded only when a baseline is given.
  const baselineAsked = baselineRequest(options);
  const baseline = baselineAsked && (await (await import('../baseline/baseline-run.js')).openBaseline(baselineAsked, io.cwd));
  // The config file's settings, with the command line's over them: cluster inputs, pattern, rules per file.
  const settings = await effectiveSettings({ ...options, severities: parseRuleSettings(options.rules, ALL_RULES) }, io.cwd);
  // --fix-dry-run alone shows the safe fixes; with --fix-unsafe, the unsafe ones too.
  const fixMode: FixMode | undefined = options.fix ?? (options.fixDryRun ? 'safe' : undefined);
  const mappings = parsePathMappings(settings.pathMap);
  if ('error' in mappings) throw new InputError(mappings.error);
  const cluster = await loadClusterInputs(settings, io.cwd);
  const node = options.node === undefined ? undefined : knownNode(options.node, cluster);

  const locate = (profileFile: string): string => locateProfile(profileFile, mappings, io.cwd);
  // A bar over the files of a long run, one for the cluster audit and one for the files given.
  const progressFor = (total: number): ProgressBar | undefined => progressBar(io, options.progress ?? true, outputs, total, 'files');
  const results: FileResult[] = [];
  if (cluster.config || cluster.inventory) {
    // `--node` with files checks those files for the node; the rest of the cluster is not audited.
    const profiles = !(node !== undefined && options.paths.length > 0);
    const auditProgress = profiles && cluster.config ? progressFor(auditedProfileCount(cluster.config)) : undefined;
    const clusterResults = await auditCluster(cluster, {
      rules: PROFILE_RULES,
      clusterRules: CLUSTER_RULES,
      settingsFor: settings.rulesFor,
      ignored: settings.isIgnored,
      locate,
      readText: async (path) => loadFile(resolve(io.cwd, path), maxFileSize),
      profiles,
      ...(fixMode ? { fix: fixMode } : {}),
      ...(auditProgress ? { onProfileChecked: (done: number) => auditProgress.update(done) } : {}),
    });
    auditProgress?.finish();
    results.push(...clusterResults.map(keptForReport));
  }
  // With --main-cf alone the cluster is the input; otherwise paths default to the working directory.
  const paths = options.paths.length > 0 ? options.paths : cluster.config ? [] : ['.'];
  const targets = paths.length === 0 ? [] : await discoverTargets(paths, {
    cwd: io.cwd,
    pattern: settings.pattern,
    ignored: settings.isIgnored,
    ...(options.stdinFilename !== undefined ? { stdinFilename: options.stdinFilename } : {}),
  });
  // A file checked for --node gets the LPAR resource whose ProfileFile for that node it is, if any.
  const contextFor = (target: Target): NodeContext | undefined => {
    if (node === undefined) return undefined;
    const resource = cluster.config?.lparResources.find((r) => {
      const file = valueForSystem(r.profileFile, node);
      return file !== undefined && locate(file.value) === target.path;
    });
    return nodeContext(node, cluster, resource);
  };
  // A file the cluster audit already checked, with its node's context, is not checked again.
  const audited = new Set(results.map((r) => r.path));
  const progress = progressFor(targets.length);
  const toCheck = targets.filter((t) => !audited.has(t.path));
  const batch = checkBatch(toCheck, {
    fix: fixMode,
    maxFileSize,
    stdin: io.stdin,
    fileCheck: (target) => ({ settings: settings.rulesFor(target.path), node: contextFor(target) }),
    // Files checked for --node carry its cluster context: they stay on the main thread.
    workers: node === undefined ? checkThreads(concurrency, toCheck.length, availableParallelism()) - 1 : 0,
  });
  let done = targets.length - toCheck.length;
  for await (const { result, crash } of batch) {
    // A bug in a rule costs only its file (an internal finding); --debug adds the trace for a bug report.
    if (crash && options.debug) io.stderr.write(`lparlint: internal error while checking ${result.path}:\n${crash}\n`);
    results.push(result);
    progress?.update(++done);
  }
  progress?.finish();
  let checked: FileResult[] = results;
  // The diff package and the fix writer are loaded only when fixes are shown or written.
  if (options.fixDryRun) {
    const { gitPath, unifiedDiff } = await import('../fix/diff.js');
    io.stdout.write(
      results
        .filter((r) => r.fix && r.source !== r.fix.original)
        .map((r) => unifiedDiff(gitPath(io.cwd, r.path), r.fix!.original, r.source))
        .join(''),
    );
  } else if (fixMode) {
    const stdinName = targets.find((t) => t.kind === 'stdin')?.path;
    const { writeFixes } = await import('../fix/write-fixes.js');
    checked = await writeFixes(results, { cwd: io.cwd, backup: options.backup, readOnly: new Set(stdinName === undefined ? [] : [stdinName]) });
  }
  // Known findings (--baseline) leave the report, so neither it nor the exit code counts them.
  const settled = baseline ? await baseline.settle(checked) : undefined;
  const report = {
    ...createReport(settled?.results ?? checked, { errorsOnly: options.quiet }),
    ...(run ? { overview: reportOverview(run, cluster, locate) } : {}),
  };

  await writeOutputs(report, outputs, FORMATTERS, {
    cwd: io.cwd,
    env: io.env,
    // With --fix-dry-run the diff owns standard output, so that `git apply` can take it as it is.
    stdout: options.fixDryRun ? io.stderr : io.stdout,
    ...(options.color !== undefined ? { color: options.color } : {}),
  });
  if (settled) io.stderr.write(settled.notices);
  const limit = settings.maxWarnings;
  const tooManyWarnings = limit !== undefined && report.summary.warnings > limit;
  if (tooManyWarnings) {
    // On stderr, so a JSON report on stdout stays parseable.
    const setBy = maxWarnings !== undefined ? '--max-warnings' : 'maxWarnings of the config file';
    io.stderr.write(`lparlint: ${plural(report.summary.warnings, 'warning')} found; ${setBy} allows at most ${limit}.\n`);
  }
  // Exit code 2 (usage, input) is thrown as InputError where the problem is met.
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

