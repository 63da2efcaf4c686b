import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import { packageInfo } from '../../core/package-info.js';
import type { FileResult } from '../../lint/lint-profile.js';
import { findingText } from '../finding-text.js';
import type { Formatter } from '../formatter.js';
import { describeRules, type RuleDescriptor } from '../rule-descriptor.js';

/** SARIF has no "info"; its lowest level is "note". */
const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/** The base that relative artifact URIs are resolved against: the working directory, usually the repository root. */
export const SOURCE_ROOT = '%SRCROOT%';

/** The key of lparlint's fingerprint in `partialFingerprints`: the one GitHub code scanning uses to track an alert. */
export const FINGERPRINT_KEY = 'primaryLocationLineHash';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, whose `tool.driver.rules`
 * describe the rules that have findings (with their documentation as help), and one result per
 * finding. Paths relative to the working directory are relative URIs on `%SRCROOT%`; the
 * absolute directory is not written, so the log is the same on every machine and leaks no runner
 * paths (GitHub resolves relative URIs against the checkout). Files outside the working directory
 * get `file://` URIs. Columns count UTF-16 code units, as everywhere in lparlint.
 *
 * Fingerprints hash what the finding is about — rule, file, node, attribute and the text in the
 * range — and not where it is: profile files are one long line, and GitHub's own line hash would
 * change with every edit of the file, closing and reopening alerts.
 */
export const sarif: Formatter = (report) => {
  const ids = [...new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId)))].sort();
  const rules = describeRules(ids, report.rules);
  const index = new Map(ids.map((id, i) => [id, i]));
  const { name, version, homepage } = packageInfo();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name,
            version,
            semanticVersion: version,
            ...(homepage ? { informationUri: homepage } : {}),
            rules: rules.map(ruleJson),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: 'The working directory lparlint ran in (in CI, the root of the checkout).' } },
        },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) => fileResults(file, index)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function ruleJson(rule: RuleDescriptor): object {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.fullDescription },
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
  };
}

function fileResults(file: FileResult, ruleIndex: ReadonlyMap<string, number>): object[] {
  const seen = new Map<string, number>();
  return file.diagnostics.map((d) => {
    const text = file.source.slice(d.span.start, d.span.end);
    const hash = fingerprint(file, d, text);
    // Two findings alike in all that the hash covers are told apart by their order in the file.
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return {
      ruleId: d.ruleId,
      ruleIndex: ruleIndex.get(d.ruleId),
      level: LEVEL[d.severity],
      message: { text: findingText(d) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file.path),
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: d.endLine,
              endColumn: d.endColumn,
              // The text of a range within one line; one over a line break would show badly.
              ...(text !== '' && !/[\r\n]/.test(text) ? { snippet: { text } } : {}),
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
      ...resultProperties(file, d),
    };
  });
}

/** What SARIF has no field for: the attribute, and the node and resource the file was checked for. */
function resultProperties(file: FileResult, d: Diagnostic): { properties?: Record<string, string> } {
  const properties: Record<string, string> = {};
  if (d.attribute !== null) properties.attribute = d.attribute;
  if (file.node !== undefined) properties.node = file.node;
  if (file.resource !== undefined) properties.resource = file.resource;
  return Object.keys(properties).length > 0 ? { properties } : {};
}

/** A relative path as a URI reference on %SRCROOT% (each segment percent-encoded); an absolute one as a file URI. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** What the finding is about, hashed: stable when unrelated parts of the file move it to another column. */
function fingerprint(file: FileResult, d: Diagnostic, text: string): string {
  const parts = [d.ruleId, file.path, file.resource ?? '', file.node ?? '', d.attribute ?? '', text];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
