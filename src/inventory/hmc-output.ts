import type { TextIssue } from '../core/input-issue.js';
import type { Span } from '../core/span.js';
import { tokenizeRecord, type RawPair } from '../parse/profile/tokenize.js';
import { captureCommandFor } from './capture-command.js';
import type { PartitionEntry } from './entries.js';

/** The partitions of one physical server as its saved `lssyscfg -r lpar` output lists them. */
export interface HmcOutput {
  readonly vioServers: PartitionEntry[];
  readonly partitions: PartitionEntry[];
  readonly issues: TextIssue[];
}

/** The fields lparlint takes, in the order `-F name,lpar_id,lpar_env` prints them. */
const FIELDS = ['name', 'lpar_id', 'lpar_env'] as const;
type FieldName = (typeof FIELDS)[number];
type Fields = Record<FieldName, { readonly text: string; readonly span: Span }>;

/** What `lssyscfg` prints when nothing matches (hmc-attributes.md §1.5). */
const NO_RESULTS = 'No results were found.';

/**
 * Reads the saved output of `lssyscfg -r lpar -m <server>` for `server`, one partition per line,
 * in either form the HMC prints: values only (`vio_server1,1,vioserver` with
 * `-F name,lpar_id,lpar_env`) or, without -F, `name=vio_server1,lpar_id=1,lpar_env=vioserver,...`
 * whose other attributes are ignored. Both are HMC records: a value holding a comma is quoted
 * (hmc-attributes.md §1.5), so lines are split with the profile tokenizer. A partition whose
 * lpar_env is `vioserver` is a VIO server. Blank lines and `#` comment lines (a note of when and
 * how the output was captured) are skipped. Never throws.
 */
export function parseHmcOutput(text: string, server: string): HmcOutput {
  const out: HmcOutput = { vioServers: [], partitions: [], issues: [] };
  let lines = 0;
  for (const line of linesOf(text)) {
    const content = line.text.trim();
    if (content === '' || content.startsWith('#')) continue;
    lines++;
    if (content === NO_RESULTS) {
      out.issues.push({
        message: `the HMC found no partitions ("${NO_RESULTS}"); check the server name ${server} and capture again: ${captureCommandFor(server)}`,
        span: line.span,
      });
      continue;
    }
    const fields = readFields(line.text, line.span.start, server, out.issues);
    if (fields) addPartition(fields, out);
  }
  if (lines === 0) {
    out.issues.push({
      message: `the file lists no partitions; expected one line per partition, the output of ${captureCommandFor(server)}`,
      span: { start: 0, end: 0 },
    });
  }
  return out;
}

function* linesOf(text: string): Generator<{ text: string; span: Span }> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { text: text.slice(start, stop), span: { start, end: stop } };
    if (newline < 0) return;
    start = newline + 1;
  }
}

/** The three fields of a line, or undefined after reporting why the line cannot be read. */
function readFields(line: string, offset: number, server: string, issues: TextIssue[]): Fields | undefined {
  const record = tokenizeRecord(line);
  const at = (s: Span): Span => ({ start: s.start + offset, end: s.end + offset });
  if (record.issues.length > 0) {
    for (const issue of record.issues) issues.push({ message: issue.message, span: at(issue.span) });
    return undefined;
  }
  const lineSpan = at({ start: 0, end: line.length });
  const first = record.pairs[0];
  if (first && first.equalsAt >= 0 && isField(line.slice(first.keySpan.start, first.keySpan.end))) {
    return namedFields(line, record.pairs, at, lineSpan, issues);
  }
  if (record.pairs.length !== FIELDS.length) {
    issues.push({
      message: `expected ${FIELDS.length} values, ${FIELDS.join(',')}, as printed by ${captureCommandFor(server)}; this line has ${record.pairs.length}`,
      span: lineSpan,
    });
    return undefined;
  }
  const entries = FIELDS.map((field, i) => [field, unquoted(line, record.pairs[i]!, at)] as const);
  return Object.fromEntries(entries) as Fields;
}

/** The `name=...,lpar_id=...,lpar_env=...` form: each field by its key, the first if repeated. */
function namedFields(
  line: string,
  pairs: readonly RawPair[],
  at: (s: Span) => Span,
  lineSpan: Span,
  issues: TextIssue[],
): Fields | undefined {
  const found = new Map<string, { text: string; span: Span }>();
  for (const pair of pairs) {
    const key = line.slice(pair.keySpan.start, pair.keySpan.end);
    if (pair.equalsAt >= 0 && isField(key) && !found.has(key)) {
      found.set(key, { text: line.slice(pair.valueSpan.start, pair.valueSpan.end), span: at(pair.valueSpan) });
    }
  }
  const missing = FIELDS.filter((field) => !found.has(field));
  if (missing.length > 0) {
    const names = missing.map((field) => `${field}=`).join(', ');
    issues.push({ message: `the line has no ${names}; expected name=, lpar_id= and lpar_env= for each partition`, span: lineSpan });
    return undefined;
  }
  return Object.fromEntries(FIELDS.map((field) => [field, found.get(field)!])) as Fields;
}

/** A value of the -F form without the quotes the HMC puts around a value holding a comma. */
function unquoted(line: string, piece: RawPair, at: (s: Span) => Span): { text: string; span: Span } {
  const quoted = piece.quoting === 'pair' && piece.span.end - piece.span.start >= 2;
  const span = quoted ? { start: piece.span.start + 1, end: piece.span.end - 1 } : piece.span;
  return { text: line.slice(span.start, span.end), span: at(span) };
}

function addPartition(fields: Fields, out: HmcOutput): void {
  const { name, lpar_id: id, lpar_env: env } = fields;
  if (name.text === '') {
    out.issues.push({ message: 'name is empty; expected the partition name', span: name.span });
    return;
  }
  if (!/^[0-9]+$/.test(id.text) || Number(id.text) < 1) {
    const message = `lpar_id "${id.text}" of ${name.text} is not a partition id; expected a whole number, at least 1`;
    out.issues.push({ message, span: id.span });
    return;
  }
  if (env.text === '') {
    out.issues.push({ message: `lpar_env of ${name.text} is empty; expected aixlinux, os400 or vioserver`, span: env.span });
    return;
  }
  const entry: PartitionEntry = { name: name.text, id: Number(id.text), nameSpan: name.span, idSpan: id.span };
  (env.text === 'vioserver' ? out.vioServers : out.partitions).push(entry);
}

function isField(key: string): key is FieldName {
  return (FIELDS as readonly string[]).includes(key);
}
