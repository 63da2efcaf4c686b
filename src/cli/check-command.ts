import { resolve } from 'node:path';
import { ALL_RULES, CLUSTER_RULES, PROFILE_RULES } from '../../rules/index.js';
import { auditCluster, type ClusterInputs } from '../cluster/audit.js';
import { nodeContext } from '../cluster/node-context.js';
import { valueForSystem, type NodeContext } from '../cluster/model.js';
import { locateProfile, parsePathMappings } from '../cluster/path-map.js';
import type { SeveritySetting } from '../core/diagnostic.js';
import { gitPath, unifiedDiff } from '../fix/diff.js';
import { checkAndFix, type FixMode } from '../fix/fix-profile.js';
import { writeFixes } from '../fix/write-fixes.js';
import { lintProfile, type FileResult } from '../lint/lint-profile.js';
import { discoverTargets, STDIN_ARGUMENT, type Target } from '../read/discover.js';
import { InputError } from '../read/input-error.js';
import { ioFailureResult } from '../read/io-result.js';
import { loadTarget, type InputStream } from '../read/load.js';
import { decodeProfile } from '../read/decode.js';
import { readFile } from 'node:fs/promises';
import { FORMATTERS } from '../report/formatters/index.js';
import { plural } from '../report/plural.js';
import { createReport } from '../report/report.js';
import { knownNode, loadClusterInputs } from './cluster-inputs.js';
import { useColor } from './color.js';
import type { CliIo } from './io.js';
import { parseRuleSettings } from './rule-settings.js';
import { writeReport } from './write-report.js';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly pattern: string;
  readonly stdinFilename?: string;
  /** Raw `--rule id=severity` values. */
  readonly rules: readonly string[];
  readonly format: string;
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
}

/** `lparlint check`: lint every target, print or write the report, and return the exit code. */
export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const formatter = FORMATTERS.get(options.format);
  if (!formatter) {
    throw new InputError(`--format ${options.format}: there is no such format; use one of: ${[...FORMATTERS.keys()].join(', ')}`);
  }
  const { maxWarnings } = options;
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new InputError('--max-warnings needs a whole number of 0 or more, e.g. --max-warnings 0');
  }
  if (options.stdinFilename !== undefined && !options.paths.includes(STDIN_ARGUMENT)) {
    throw new InputError(`--stdin-filename names standard input: give "${STDIN_ARGUMENT}" among the paths to read it`);
  }
  if (options.backup && (!options.fix || options.fixDryRun)) {
    throw new InputError('--backup keeps the originals of files that --fix or --fix-unsafe writes; give one of those (and not --fix-dry-run)');
  }
  const severities = parseRuleSettings(options.rules, ALL_RULES);
  // --fix-dry-run alone shows the safe fixes; with --fix-unsafe, the unsafe ones too.
  const fixMode: FixMode | undefined = options.fix ?? (options.fixDryRun ? 'safe' : undefined);
  const mappings = parsePathMappings(options.pathMap);
  if ('error' in mappings) throw new InputError(mappings.error);
  const cluster = await loadClusterInputs(options, io.cwd);
  const node = options.node === undefined ? undefined : knownNode(options.node, cluster);

  const locate = (profileFile: string): string => locateProfile(profileFile, mappings, io.cwd);
  const results: FileResult[] = [];
  if (cluster.config || cluster.inventory) {
    results.push(
      ...(await auditCluster(cluster, {
        rules: PROFILE_RULES,
        clusterRules: CLUSTER_RULES,
        severities,
        locate,
        readText: async (path) => decodeProfile(await readFile(resolve(io.cwd, path))),
        // `--node` with files checks those files for the node; the rest of the cluster is not audited.
        profiles: !(node !== undefined && options.paths.length > 0),
        ...(fixMode ? { fix: fixMode } : {}),
      })),
    );
  }
  // With --main-cf alone the cluster is the input; otherwise paths default to the working directory.
  const paths = options.paths.length > 0 ? options.paths : cluster.config ? [] : ['.'];
  const targets = paths.length === 0 ? [] : await discoverTargets(paths, {
    cwd: io.cwd,
    pattern: options.pattern,
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
  for (const target of targets) {
    if (!audited.has(target.path)) results.push(await checkTarget(target, { severities, stdin: io.stdin, node: contextFor(target), fix: fixMode }));
  }
  let checked: FileResult[] = results;
  if (options.fixDryRun) {
    io.stdout.write(
      results
        .filter((r) => r.fix && r.source !== r.fix.original)
        .map((r) => unifiedDiff(gitPath(io.cwd, r.path), r.fix!.original, r.source))
        .join(''),
    );
  } else if (fixMode) {
    const stdinName = targets.find((t) => t.kind === 'stdin')?.path;
    checked = await writeFixes(results, { cwd: io.cwd, backup: options.backup, readOnly: new Set(stdinName === undefined ? [] : [stdinName]) });
  }
  const report = createReport(checked, { errorsOnly: options.quiet });

  if (options.outputFile === undefined) {
    // With --fix-dry-run the diff owns standard output, so that `git apply` can take it as it is.
    const out = options.fixDryRun ? io.stderr : io.stdout;
    out.write(formatter(report, { color: useColor(options.color, io.env, out.isTTY ?? false) }));
  } else {
    await writeReport(options.outputFile, io.cwd, formatter(report, { color: false }));
  }
  const tooManyWarnings = maxWarnings !== undefined && report.summary.warnings > maxWarnings;
  if (tooManyWarnings) {
    // On stderr, so a JSON report on stdout stays parseable.
    io.stderr.write(`lparlint: ${plural(report.summary.warnings, 'warning')} found; --max-warnings allows at most ${maxWarnings}.\n`);
  }
  // Exit code 2 (usage, input) is thrown as InputError where the problem is met.
  return report.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}


interface TargetCheck {
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly stdin: InputStream;
  readonly node: NodeContext | undefined;
  readonly fix: FixMode | undefined;
}

async function checkTarget(target: Target, how: TargetCheck): Promise<FileResult> {
  let text: string;
  try {
    text = await loadTarget(target, how.stdin);
  } catch (error) {
    return ioFailureResult(target, error);
  }
  const lintOptions = { path: target.path, rules: PROFILE_RULES, severities: how.severities, ...(how.node ? { node: how.node } : {}) };
  try {
    return checkAndFix(text, (t) => lintProfile(t, lintOptions), how.fix);
  } catch (error) {
    // A bug in a rule: say which file triggered it, so the report to the maintainers is useful.
    throw new Error(`while checking ${target.path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
