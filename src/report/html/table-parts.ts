import { escapeHtml } from './escape.js';

/**
 * The pieces that the check and the diagnose tables share: the filters, the live count, the
 * sortable header and the row's attributes that the browser script reads (client.ts).
 */

/** A table with its filters and count, and each file's anchor: the id of its first row, which the cluster map links to. */
export interface RenderedTable {
  readonly html: string;
  readonly anchors: ReadonlyMap<string, string>;
}

export interface Column {
  /** The data-sort key, also the cells' class. */
  readonly key: string;
  readonly label: string;
}

export interface FilterChoices {
  readonly severities: readonly string[];
  readonly rules: readonly string[];
  readonly nodes: readonly string[];
  /** What the rule filter picks: "Rule" in check, "Pattern" in diagnose. */
  readonly ruleLabel: string;
}

/** The filter form; hidden until the script shows it, since without the script it would do nothing. */
export function filtersForm(choices: FilterChoices): string {
  return [
    '<form id="filters" role="search" aria-label="Filter the table" hidden>',
    selectControl('filter-severity', 'Severity', 'All severities', choices.severities),
    selectControl('filter-rule', choices.ruleLabel, `All ${choices.ruleLabel.toLowerCase()}s`, choices.rules),
    selectControl('filter-node', 'Node', 'All nodes', choices.nodes),
    '<label for="filter-text">Text<input id="filter-text" type="search" autocomplete="off" placeholder="Words in any column"></label>',
    '</form>',
  ].join('\n');
}

function selectControl(id: string, label: string, all: string, values: readonly string[]): string {
  const options = [`<option value="">${escapeHtml(all)}</option>`, ...values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)];
  return `<label for="${id}">${escapeHtml(label)}<select id="${id}">${options.join('')}</select></label>`;
}

/** "N of N findings shown": right without the script, which keeps it up to date while filtering. */
export function shownCount(total: number, noun: string): string {
  return `<p id="shown-count" aria-live="polite" data-noun="${escapeHtml(noun)}">${total} of ${total} ${escapeHtml(noun)} shown</p>`;
}

/** The table up to its body's first row: caption and a header whose buttons sort by their column. */
export function tableStart(caption: string, columns: readonly Column[]): string {
  const headers = columns.map((c) => `<th scope="col" aria-sort="none"><button type="button" data-sort="${c.key}">${escapeHtml(c.label)}</button></th>`);
  return `<div class="table-wrap"><table id="findings">\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${headers.join('')}</tr></thead>\n<tbody>`;
}

export const TABLE_END = '</tbody>\n</table></div>';

export interface RowKeys {
  /** 1-based place in report order: the row's id is `finding-K`. */
  readonly index: number;
  readonly severity: string;
  readonly rule: string;
  readonly node: string;
  readonly file: string;
  /** The first row of its file: the one the cluster map links to. */
  readonly fileAnchor: boolean;
}

/** The id of the K-th row. */
export function rowId(index: number): string {
  return `finding-${index}`;
}

/** A row's start tag: focusable from script only, so a jump from the map can put the focus on it. */
export function rowStart(keys: RowKeys): string {
  const anchor = keys.fileAnchor ? ' data-file-anchor' : '';
  return (
    `<tr class="finding" id="${rowId(keys.index)}" tabindex="-1" data-severity="${escapeHtml(keys.severity)}" data-rule="${escapeHtml(keys.rule)}" ` +
    `data-node="${escapeHtml(keys.node)}" data-file="${escapeHtml(keys.file)}"${anchor}>`
  );
}

/** A cell classed by its column; `sortValue` when the column sorts by something other than the cell's text. */
export function cell(key: string, content: string, sortValue?: string | number): string {
  const sort = sortValue === undefined ? '' : ` data-sort-value="${escapeHtml(String(sortValue))}"`;
  return `<td class="${key}"${sort}>${content}</td>`;
}

/** The severity as a word in its colour: never told by colour alone. */
export function severityLabel(severity: string): string {
  return `<span class="badge badge-${escapeHtml(severity)}">${escapeHtml(severity)}</span>`;
}

/** Distinct values, sorted, for a filter's options. */
export function choices(values: Iterable<string>): string[] {
  return [...new Set(values)].filter((v) => v !== '').sort((a, b) => a.localeCompare(b, 'en'));
}

/** A closed disclosure under a message with the parts that are not empty; nothing when all are. */
export function disclosure(summary: string, parts: readonly string[]): string {
  const body = parts.filter((part) => part !== '');
  return body.length === 0 ? '' : `<details><summary>${escapeHtml(summary)}</summary>${body.join('\n')}</details>`;
}
