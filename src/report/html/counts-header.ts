import type { ClusterOverview, RunInfo } from '../overview.js';
import { escapeHtml } from './escape.js';

/** One number of the header: `key` is its data-count (the browser tests find it by that). */
export interface Count {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/** The counts as a description list, then when, where and how lparlint ran. */
export function countsHeader(counts: readonly Count[], run: RunInfo | undefined): string {
  const items = counts.map((c) => `<div data-count="${escapeHtml(c.key)}"><dt>${escapeHtml(c.label)}</dt><dd>${c.value}</dd></div>`);
  return [`<dl id="counts">`, ...items, '</dl>', runInfo(run)].join('\n');
}

function runInfo(run: RunInfo | undefined): string {
  if (!run) return '<p id="run-info">Run details were not recorded.</p>';
  const time = `<time datetime="${escapeHtml(run.generatedAt)}">${escapeHtml(readableTime(run.generatedAt))}</time>`;
  return `<p id="run-info">lparlint ${escapeHtml(run.version)}, ${time} on ${escapeHtml(run.host)}: <code>${escapeHtml(run.command)}</code></p>`;
}

/** `2024-03-05T10:15:42.000Z` as `2024-03-05 10:15:42 UTC`; any other form as it is. */
function readableTime(iso: string): string {
  const match = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/**
 * The cluster's counts from the overview; without one (a plain file check) what the checked files
 * say: the nodes and resources they were checked for, and no servers.
 */
export function clusterCounts(cluster: ClusterOverview | undefined, seen: { readonly nodes: Iterable<string>; readonly resources: Iterable<string> }): Count[] {
  const distinct = (names: Iterable<string>): number => new Set(names).size;
  return [
    { key: 'clusters', label: 'Clusters', value: cluster ? 1 : 0 },
    { key: 'nodes', label: 'VCS nodes', value: cluster ? cluster.nodes.length : distinct(seen.nodes) },
    { key: 'servers', label: 'Physical servers', value: cluster?.servers.length ?? 0 },
    { key: 'vios', label: 'VIO servers', value: cluster?.servers.reduce((n, s) => n + s.vioServers.length, 0) ?? 0 },
    { key: 'resources', label: 'LPAR resources', value: cluster ? cluster.resources.length : distinct(seen.resources) },
  ];
}
