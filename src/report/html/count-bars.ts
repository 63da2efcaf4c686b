import type { Severity } from '../../core/diagnostic.js';
import type { Bar } from './bar-chart.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * One bar per label (a rule, a log pattern) with how often it occurs and its worst severity; most
 * frequent first, then by label, so the same report always draws the same chart.
 */
export function countBars(items: Iterable<{ readonly label: string; readonly severity: Severity }>): Bar[] {
  const bars = new Map<string, { count: number; severity: Severity }>();
  for (const item of items) {
    const bar = bars.get(item.label);
    if (!bar) bars.set(item.label, { count: 1, severity: item.severity });
    else {
      bar.count++;
      if (RANK[item.severity] < RANK[bar.severity]) bar.severity = item.severity;
    }
  }
  return [...bars]
    .map(([label, bar]) => ({ label, ...bar }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
