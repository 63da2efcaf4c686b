import { resolve } from 'node:path';
import { ALL_RULES } from '../../rules/index.js';
import { parsePathMappings } from '../cluster/path-map.js';
import { effectiveSettings, type ConfigChoice } from '../config/effective-settings.js';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';
import type { CliIo } from './io.js';
import { parseRuleSettings } from './rule-settings.js';

export interface PrintConfigOptions extends ConfigChoice {
  /** The file whose configuration to show; it need not exist. */
  readonly file: string;
  /** Raw `--rule id=severity` values. */
  readonly rules: readonly string[];
}

/**
 * `lparlint print-config <file>`: the configuration `check` would use for the file, as JSON —
 * which config file, every rule's severity (and options), the cluster inputs, pattern, ignore and
 * maxWarnings — after discovery, overrides and `--rule`. Paths are shown relative to the working
 * directory, as reports show them, except `ignore`, whose globs are relative to the config file.
 */
export async function runPrintConfig(options: PrintConfigOptions, io: CliIo): Promise<number> {
  const settings = await effectiveSettings({ ...options, severities: parseRuleSettings(options.rules, ALL_RULES) }, io.cwd);
  const shown = (path: string): string => displayPath(io.cwd, resolve(io.cwd, path));
  const file = shown(options.file);
  const { severities, ruleOptions } = settings.rulesFor(file);
  const rules = Object.fromEntries(
    ALL_RULES.map(({ meta }) => {
      const severity = severities?.get(meta.id) ?? meta.severity;
      const set = ruleOptions?.get(meta.id);
      return [meta.id, set ? [severity, set] : severity];
    }),
  );
  const mappings = parsePathMappings(settings.pathMap);
  if ('error' in mappings) throw new InputError(mappings.error);
  const effective = {
    file,
    configFile: settings.configFile === undefined ? null : shown(settings.configFile),
    ignored: settings.isIgnored(file),
    rules,
    mainCf: settings.mainCf === undefined ? null : shown(settings.mainCf),
    inventory: settings.inventory.map(shown),
    pathMap: Object.fromEntries(mappings.map((m) => [m.from, shown(m.to)])),
    pattern: settings.pattern,
    ignore: settings.ignore,
    maxWarnings: settings.maxWarnings ?? null,
  };
  io.stdout.write(JSON.stringify(effective, null, 2) + '\n');
  return 0;
}
