import { LineIndex } from '../core/span.js';
import { loadDataSchema, type DataSchema } from '../yaml/data-schema.js';
import { parseData } from '../yaml/parse-data.js';
import { describeSchemaErrors } from '../yaml/schema-messages.js';
import { PlaceCounts } from './counts.js';

/** The format version this lparlint reads and writes; see schemas/baseline.schema.json. */
const BASELINE_VERSION = 1;

/** The baseline as written: `files` → path → rule → attribute → count. */
interface BaselineJson {
  readonly version: typeof BASELINE_VERSION;
  readonly files: Record<string, Record<string, Record<string, number>>>;
}

const SUBJECT = 'the baseline';

let schema: DataSchema | undefined;

/** A fault of the baseline file at its 1-based line and column. */
export interface BaselineFault {
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** How many more faults the file has. */
  readonly more: number;
}

/** Reads a baseline's text: its counts, or its first fault (syntax, then schema) with its position. */
export function parseBaseline(text: string): { counts: PlaceCounts } | { fault: BaselineFault } {
  const parsed = parseData(text, 'JSON', 'a baseline');
  schema ??= loadDataSchema('baseline.schema.json');
  const issues = parsed.data === undefined
    ? parsed.issues
    : [...parsed.issues, ...describeSchemaErrors(schema.validate(parsed.data), parsed.document, schema.root, SUBJECT)];
  const [first] = issues;
  if (first) {
    const { line, column } = new LineIndex(text).position(first.span.start);
    return { fault: { line, column, message: first.message, more: issues.length - 1 } };
  }
  const counts = new PlaceCounts();
  for (const [path, rules] of Object.entries((parsed.data as BaselineJson).files)) {
    for (const [rule, attributes] of Object.entries(rules)) {
      for (const [attribute, count] of Object.entries(attributes)) counts.add({ path, rule, attribute }, count);
    }
  }
  return { counts };
}

/** The baseline's text: sorted by path, rule and attribute, 2-space indent, final line end; the same counts give the same bytes. */
export function serializeBaseline(counts: PlaceCounts): string {
  const files: BaselineJson['files'] = {};
  for (const { place, count } of counts.entries()) {
    const rules = (files[place.path] ??= {});
    (rules[place.rule] ??= {})[place.attribute] = count;
  }
  const json: BaselineJson = { version: BASELINE_VERSION, files };
  return JSON.stringify(json, null, 2) + '\n';
}
