import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { PROFILE_RULES } from '../../rules/index.js';
import type { ClusterInputs } from '../cluster/audit.js';
import { effectiveSettings, type ConfigChoice, type EffectiveSettings } from '../config/effective-settings.js';
import type { NodeContext } from '../cluster/model.js';
import { nodeContext } from '../cluster/node-context.js';
import { writeFileAtomic } from '../fix/write-atomic.js';
import { PARTITION_COMMAND, PROFILE_COMMAND } from '../generate/capture-commands.js';
import { choosePartition, chooseProfile } from '../generate/choose-records.js';
import { generateProfile } from '../generate/generate-profile.js';
import { readLssyscfgOutput } from '../generate/lssyscfg-records.js';
import { lintProfile } from '../lint/lint-profile.js';
import { DEFAULT_STDIN_NAME, STDIN_ARGUMENT } from '../read/discover.js';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';
import { explainReadError } from '../read/io-result.js';
import { loadTarget } from '../read/load.js';
import { stylish } from '../report/formatters/stylish.js';
import { plural } from '../report/plural.js';
import { createReport } from '../report/report.js';
import { knownNode, loadClusterInputs } from './cluster-inputs.js';
import { useColor } from './color.js';
import type { CliIo } from './io.js';

/** `config`/`noConfig` (ConfigChoice): the config file, whose settings the options given here override. */
export interface GenerateOptions extends ConfigChoice {
  /** Saved `lssyscfg -r lpar` output, or `-` for standard input. */
  readonly lpar: string;
  /** Saved `lssyscfg -r prof` output, or `-` for standard input. */
  readonly prof: string;
  /** `--lpar-name`: the partition, when the lpar output lists several. */
  readonly lparName?: string;
  /** `--profile-name`: the profile, when the prof output holds several of the partition. */
  readonly profileName?: string;
  /** `-o`: the profile file to write; standard output without it. */
  readonly outputFile?: string;
  /** Write even when the result has errors, and replace an existing output file. */
  readonly force: boolean;
  /** `--node`, with `--inventory` and/or `--main-cf`: check the result for this node. */
  readonly node?: string;
  readonly inventory: readonly string[];
  readonly mainCf?: string;
}

/** The name reports give a profile that goes to standard output. */
const GENERATED_NAME = '<generated>';

/**
 * `lparlint generate`: builds a profile file from the two saved HMC outputs, checks it (for the
 * node, when given) and writes it — unless it has errors or would replace a file, where `--force`
 * is needed. Notes on what went beyond the procedure, and the findings, go to standard error.
 */
export async function runGenerate(options: GenerateOptions, io: CliIo): Promise<number> {
  if (options.lpar === STDIN_ARGUMENT && options.prof === STDIN_ARGUMENT) {
    throw new InputError(`--lpar and --prof cannot both be standard input (${STDIN_ARGUMENT}); save one of them to a file`);
  }
  // The config file's rules, main.cf and inventory (generate has no --rule: the config alone sets rules).
  const settings = await effectiveSettings({ ...options, severities: new Map() }, io.cwd);
  const cluster = await clusterFor(options, settings, io.cwd);
  const output = options.outputFile === undefined ? undefined : { given: options.outputFile, absolute: resolve(io.cwd, options.outputFile) };
  if (output && !options.force && (await exists(output.absolute))) {
    throw new InputError(`--output-file ${output.given}: the file exists; give --force to replace it`);
  }

  const lparWhat = `--lpar ${options.lpar}`;
  const profWhat = `--prof ${options.prof}`;
  const partition = choosePartition(readLssyscfgOutput(await readInput(options.lpar, lparWhat, io), lparWhat, PARTITION_COMMAND), options.lparName, lparWhat);
  const profile = chooseProfile(readLssyscfgOutput(await readInput(options.prof, profWhat, io), profWhat, PROFILE_COMMAND), partition.name, options.profileName, profWhat);
  const generated = generateProfile(partition.document, profile.document);
  for (const note of generated.notes) io.stderr.write(`lparlint: note: ${note}\n`);

  const node = cluster && options.node !== undefined ? contextFor(options.node, cluster, partition.name) : undefined;
  const path = output ? displayPath(io.cwd, output.absolute) : GENERATED_NAME;
  const result = lintProfile(generated.text, {
    path,
    rules: PROFILE_RULES,
    ...settings.rulesFor(path),
    ...(node ? { node } : {}),
  });
  const report = createReport([result]);
  if (result.diagnostics.length > 0) io.stderr.write(stylish(report, { color: useColor(undefined, io.env, io.stderr.isTTY ?? false) }));
  const { errors } = report.summary;
  if (errors > 0 && !options.force) {
    io.stderr.write(`lparlint: the generated profile has ${plural(errors, 'error')} (above), so nothing was written; correct the HMC output or the options, or give --force to write it anyway\n`);
    return 1;
  }
  if (output) await write(output.given, output.absolute, generated.text, options.force);
  else io.stdout.write(generated.text);
  return errors > 0 ? 1 : 0;
}

/**
 * Reads `--main-cf` and `--inventory`, which only serve to check the result for `--node`; each
 * without the other half is a usage error rather than an option silently ignored. Checked before
 * the HMC output is read, so a bad option is the only thing on stderr. The config file's main.cf
 * and inventory stand in for the options, but without --node they are simply not needed.
 */
async function clusterFor(options: GenerateOptions, settings: EffectiveSettings, cwd: string): Promise<ClusterInputs | undefined> {
  const { node } = options;
  if (node === undefined) {
    if (options.mainCf !== undefined || options.inventory.length > 0) throw new InputError('--main-cf and --inventory describe the node the profile file is for: give --node too');
    return undefined;
  }
  if (settings.mainCf === undefined && settings.inventory.length === 0) {
    throw new InputError(`--node ${node}: give --inventory (or --main-cf) too, so lparlint knows the node's physical server and VIO servers`);
  }
  const cluster = await loadClusterInputs(settings, cwd);
  knownNode(node, cluster);
  return cluster;
}

/** The node's context, for the LPAR resource of main.cf that manages this partition (its LPARName), if any. */
function contextFor(node: string, cluster: ClusterInputs, partition: string): NodeContext {
  const resource = cluster.config?.lparResources.find((r) => r.lparName?.value === partition);
  return nodeContext(node, cluster, resource);
}

async function readInput(given: string, what: string, io: CliIo): Promise<string> {
  try {
    return given === STDIN_ARGUMENT
      ? await loadTarget({ kind: 'stdin', path: DEFAULT_STDIN_NAME }, io.stdin)
      : await loadTarget({ kind: 'file', path: given, absolute: resolve(io.cwd, given) }, io.stdin);
  } catch (error) {
    throw new InputError(`${what}: cannot read it: ${explainReadError(error, 'file').reason}`);
  }
}

/** Whether the path can be seen to exist; any other trouble is for the write to report. */
async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes crash-safely; without --force, never over a file that appeared since the check above. */
async function write(given: string, absolute: string, text: string, force: boolean): Promise<void> {
  const cannot = (error: unknown): InputError => new InputError(`--output-file ${given}: cannot write it: ${explainReadError(error, 'file').reason}`);
  await mkdir(dirname(absolute), { recursive: true }).catch((error: unknown) => {
    throw cannot(error);
  });
  try {
    await writeFileAtomic(absolute, text, { exclusive: !force });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new InputError(`--output-file ${given}: the file exists; give --force to replace it`);
    }
    throw cannot(error);
  }
}
