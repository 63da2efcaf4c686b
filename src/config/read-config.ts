import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Document } from 'yaml';
import type { TextIssue } from '../core/input-issue.js';
import { LineIndex } from '../core/span.js';
import { plural } from '../report/plural.js';
import { displayPath } from '../read/display-path.js';
import { InputError } from '../read/input-error.js';
import { explainReadError } from '../read/io-result.js';
import { keyOrValue, locate } from '../yaml/locate.js';
import { parseData, type DataFormat } from '../yaml/parse-data.js';
import { describeSchemaErrors } from '../yaml/schema-messages.js';
import type { ConfigData, LoadedConfig } from './config-data.js';
import { getConfigSchema } from './config-schema.js';
import { ruleOptionIssues } from './rule-option-issues.js';

const FORMATS: Readonly<Record<string, DataFormat>> = { '.json': 'JSON', '.yaml': 'YAML', '.yml': 'YAML' };

/**
 * Reads the config file at `absolute` and checks it: well-formed JSON or YAML (data only, no
 * custom tags), schemas/config.schema.json, then each rule's options. Any fault stops the run: an
 * InputError (exit 2) as one line, `file:line:column: message`, for the first fault, since a
 * config that is half applied would check files under rules nobody chose.
 */
export async function readConfigFile(absolute: string, cwd: string): Promise<LoadedConfig> {
  const shown = displayPath(cwd, absolute);
  const format = FORMATS[extname(absolute).toLowerCase()];
  if (format === undefined) {
    throw new InputError(`${shown}: a config file is JSON (.json) or YAML (.yaml, .yml), never code; write it as lparlint.config.json or lparlint.config.yaml`);
  }
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new InputError(`${shown}: cannot read the config file: ${explainReadError(error, 'file').reason}`);
  }
  const fail = (issues: readonly TextIssue[]): never => {
    const first = [...issues].sort((a, b) => a.span.start - b.span.start)[0]!;
    const { line, column } = new LineIndex(text).position(first.span.start);
    const more = issues.length > 1 ? ` (and ${plural(issues.length - 1, 'more issue')})` : '';
    throw new InputError(`${shown}:${line}:${column}: ${first.message}${more}`);
  };

  const parsed = parseData(text, format, 'a config file');
  if (parsed.issues.length > 0) fail(parsed.issues);
  const schema = getConfigSchema();
  const schemaIssues = describeSchemaErrors(schema.validate(parsed.data), parsed.document, schema.root, 'the configuration');
  if (schemaIssues.length > 0) fail(schemaIssues);
  const data = parsed.data as ConfigData;
  const issues = [...ruleOptionIssues(data, parsed.document), ...pathMapIssues(data, parsed.document)];
  if (issues.length > 0) fail(issues);
  return { path: absolute, data };
}

/** `--path-map` splits FROM=TO at the first "=", so a FROM folder cannot hold one. */
function pathMapIssues(data: ConfigData, document: Document.Parsed): TextIssue[] {
  return Object.keys(data.pathMap ?? {})
    .filter((from) => from === '' || from.includes('='))
    .map((from) => ({
      message: `pathMap key "${from}" is not a folder lparlint can map; expected a cluster folder without "=", such as /configfile`,
      span: keyOrValue(locate(document, ['pathMap', from])),
    }));
}
