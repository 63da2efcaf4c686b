import { extname } from 'node:path';
import type { TextIssue } from '../../core/input-issue.js';
import { readAsset } from '../../core/assets.js';
import { LineIndex, type Range, type Span } from '../../core/span.js';
import { explainReadError } from '../../read/io-result.js';
import { pointerSegments } from '../../validate/pointer.js';
import { loadDataSchema, type DataSchema } from '../../yaml/data-schema.js';
import { keyOrValue, locate, valueOrKey } from '../../yaml/locate.js';
import { parseData } from '../../yaml/parse-data.js';
import { describeSchemaErrors } from '../../yaml/schema-messages.js';
import type { LogPattern } from '../model.js';
import type { CatalogIssue, CatalogSource, CompiledPattern, LoadedPatternCatalog } from './catalog.js';
import { checkEntry } from './check-entry.js';

/**
 * lparlint's own catalog, beside the rule docs, by its path in the package (readAsset); issues about
 * it name it so. The package must ship it (package.json `files`).
 */
const BUILT_IN_CATALOG = 'rules/log-patterns.json';

const SUBJECT = 'the pattern catalog';

let schema: DataSchema | undefined;

/**
 * The pattern catalog: the user's files (`--patterns`), then the built-in catalog. The user's
 * entries come first so that a site's pattern wins over a general built-in one, and a user entry
 * with a built-in id replaces that entry; among the user's files the first definition of an id
 * counts. Each file is read as YAML (JSON is YAML), checked against
 * schemas/log-patterns.schema.json and by checkEntry; an entry with an issue is left out and the
 * rest still load. A pure function of the texts apart from reading the built-in catalog; never
 * throws.
 */
export function loadPatternCatalog(userFiles: readonly CatalogSource[]): LoadedPatternCatalog {
  const issues: CatalogIssue[] = [];
  const user = new Map<string, { readonly compiled: CompiledPattern; readonly path: string }>();
  for (const file of userFiles) {
    const read = fileEntries(file);
    for (const entry of read.entries) {
      const { id } = entry.compiled.pattern;
      const first = user.get(id);
      if (!first) {
        user.set(id, { compiled: entry.compiled, path: file.path });
      } else {
        const message = `the pattern id ${id} is also defined in ${first.path}; expected each id once (the first definition counts)`;
        read.issues.push({ ...entry.idRange, path: file.path, message });
      }
    }
    issues.push(...byPosition(read.issues));
  }
  const builtIn = fileEntries({ path: BUILT_IN_CATALOG, text: readAsset(BUILT_IN_CATALOG) });
  issues.push(...byPosition(builtIn.issues));
  const own = builtIn.entries.map((entry) => entry.compiled).filter((entry) => !user.has(entry.pattern.id));
  return { catalog: [...[...user.values()].map((entry) => entry.compiled), ...own], issues };
}

interface FileEntry {
  readonly compiled: CompiledPattern;
  /** Where its id is written, for an issue about a repeated id. */
  readonly idRange: Range;
}

/** The good entries of one file, in its order, and the file's issues. */
function fileEntries(file: CatalogSource): { entries: FileEntry[]; issues: CatalogIssue[] } {
  const issues: CatalogIssue[] = [];
  if (!('text' in file)) {
    const { reason } = explainReadError(file.error, 'file');
    issues.push({ path: file.path, message: `cannot read ${SUBJECT}: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
    return { entries: [], issues };
  }
  const lines = new LineIndex(file.text);
  const positioned = (found: readonly TextIssue[]): CatalogIssue[] =>
    found.map((issue) => ({ path: file.path, message: issue.message, ...lines.range(issue.span) }));
  const parsed = parseData(file.text, extname(file.path).toLowerCase() === '.json' ? 'JSON' : 'YAML', 'a pattern catalog');
  issues.push(...positioned(parsed.issues));
  if (parsed.data === undefined) return { entries: [], issues };

  schema ??= loadDataSchema('log-patterns.schema.json');
  const errors = schema.validate(parsed.data);
  issues.push(...positioned(describeSchemaErrors(errors, parsed.document, schema.root, SUBJECT)));
  // An entry the schema faults is left out whole; the others are checked further.
  const faulted = new Set(errors.map((error) => pointerSegments(error.instancePath)).filter((s) => s[0] === 'patterns').map((s) => s[1]));
  const data = (parsed.data as { patterns?: unknown } | null)?.patterns;
  if (!Array.isArray(data)) return { entries: [], issues };

  const entries: FileEntry[] = [];
  const seen = new Set<string>();
  for (const [i, value] of data.entries()) {
    if (faulted.has(String(i))) continue;
    const pattern = value as LogPattern;
    const label = `patterns.${i} (${pattern.id})`;
    const place = (segments: readonly string[], key?: 'key'): Span => {
      const found = locate(parsed.document, ['patterns', String(i), ...segments]);
      return key ? keyOrValue(found) : valueOrKey(found);
    };
    const idRange = lines.range(place(['id']));
    if (seen.has(pattern.id)) {
      const message = `${label}: an earlier pattern of this file has the id ${pattern.id}; expected each id once`;
      issues.push({ ...idRange, path: file.path, message });
      continue;
    }
    seen.add(pattern.id);
    const checked = checkEntry(pattern, label, place);
    issues.push(...positioned(checked.issues));
    if (checked.compiled) entries.push({ compiled: checked.compiled, idRange });
  }
  return { entries, issues };
}

function byPosition(issues: readonly CatalogIssue[]): CatalogIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
