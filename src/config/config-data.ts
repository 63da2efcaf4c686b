import type { SeveritySetting } from '../core/diagnostic.js';
import type { RuleOptions } from '../lint/rule.js';

/** A rule's entry in a config file: its severity, or [severity] or [severity, options]. */
export type RuleSettingData = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, RuleOptions];

/** Rule id to setting, as `rules:` and each override's `rules:` hold them. */
export type RulesData = Readonly<Record<string, RuleSettingData>>;

export interface OverrideData {
  /** Globs matched against a file's path relative to the config file's folder. */
  readonly files: readonly string[];
  readonly rules: RulesData;
}

/**
 * A config file's content once it has passed schemas/config.schema.json and the rules' option
 * schemas; paths are still as written, relative to the config file.
 */
export interface ConfigData {
  readonly rules?: RulesData;
  readonly overrides?: readonly OverrideData[];
  readonly mainCf?: string;
  readonly inventory?: readonly string[];
  /** Cluster folder (FROM) to local folder (TO), as `--path-map FROM=TO`. */
  readonly pathMap?: Readonly<Record<string, string>>;
  readonly pattern?: string;
  readonly ignore?: readonly string[];
  readonly maxWarnings?: number;
}

/** A config file that was read and checked. */
export interface LoadedConfig {
  /** The file's absolute path; relative paths in it are relative to its folder. */
  readonly path: string;
  readonly data: ConfigData;
}
