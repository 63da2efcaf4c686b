import { dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SeveritySetting } from '../core/diagnostic.js';
import type { RuleSettings } from '../lint/lint-profile.js';
import { DEFAULT_PATTERN } from '../read/discover.js';
import type { LoadedConfig } from './config-data.js';
import { fileRuleSettings } from './file-rule-settings.js';
import { findConfigFile } from './find-config.js';

/** `--config FILE` or `--no-config`; neither means: search upward from the working directory. */
export interface ConfigChoice {
  readonly config?: string;
  readonly noConfig?: boolean;
}

/** What the command line says about the settings a config file may also hold; absent means "not given". */
export interface CommandLineSettings extends ConfigChoice {
  /** `--rule id=severity`, parsed. */
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly mainCf?: string;
  readonly inventory?: readonly string[];
  readonly pathMap?: readonly string[];
  readonly pattern?: string;
  readonly maxWarnings?: number;
}

/**
 * The settings a command runs with: the command line's, else the config file's, else the
 * defaults. Paths from the config file are absolute here (they are relative to the config file);
 * those from the command line stay as given (relative to the working directory).
 */
export interface EffectiveSettings {
  /** The config file used, absolute; absent when there was none (or `--no-config`). */
  readonly configFile?: string;
  readonly mainCf?: string;
  readonly inventory: readonly string[];
  /** `FROM=TO` values: the config's mappings first, so that `--path-map` wins for the same FROM. */
  readonly pathMap: readonly string[];
  readonly pattern: string;
  /** The config's ignore globs, as written (relative to the config file). */
  readonly ignore: readonly string[];
  readonly maxWarnings?: number;
  /** The rule settings for a file, by its path as reported (relative to the working directory, or absolute). */
  rulesFor(path: string): RuleSettings;
  /** Whether the config's `ignore` globs skip the file (path as for rulesFor). */
  isIgnored(path: string): boolean;
}

/** Finds (or takes) the config file, reads it, and merges it with the command line. */
export async function effectiveSettings(given: CommandLineSettings, cwd: string): Promise<EffectiveSettings> {
  const config = await chosenConfig(given, cwd);
  const data = config?.data ?? {};
  const folder = config ? dirname(config.path) : cwd;
  const fromConfig = (path: string): string => resolve(folder, path);
  // Globs in the config are written relative to its folder, with "/" on every platform.
  const configRelative = (path: string): string => relative(folder, resolve(cwd, path)).split(sep).join('/');
  const rules = fileRuleSettings(data, given.severities);
  const ignore = data.ignore ?? [];
  const ignored = ignore.length > 0 ? picomatch([...ignore]) : () => false;
  const mainCf = given.mainCf ?? (data.mainCf === undefined ? undefined : fromConfig(data.mainCf));
  const maxWarnings = given.maxWarnings ?? data.maxWarnings;
  return {
    ...(config ? { configFile: config.path } : {}),
    ...(mainCf !== undefined ? { mainCf } : {}),
    // --inventory replaces the config's list: the command line names the inventory of this run.
    inventory: given.inventory?.length ? given.inventory : (data.inventory ?? []).map(fromConfig),
    pathMap: [...Object.entries(data.pathMap ?? {}).map(([from, to]) => `${from}=${fromConfig(to)}`), ...(given.pathMap ?? [])],
    pattern: given.pattern ?? data.pattern ?? DEFAULT_PATTERN,
    ignore,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    rulesFor: (path) => rules(configRelative(path)),
    isIgnored: (path) => ignored(configRelative(path)),
  };
}

/**
 * The config file to use, read and checked. The reader (YAML, ajv, the rules' option schemas) is
 * loaded only when there is a file to read, so a run without a config does not pay for it.
 */
async function chosenConfig(choice: ConfigChoice, cwd: string): Promise<LoadedConfig | undefined> {
  if (choice.noConfig) return undefined;
  const path = choice.config !== undefined ? resolve(cwd, choice.config) : await findConfigFile(cwd);
  if (path === undefined) return undefined;
  const { readConfigFile } = await import('./read-config.js');
  return readConfigFile(path, cwd);
}
