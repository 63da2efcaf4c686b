import { plural } from '../plural.js';
import { escapeHtml } from './escape.js';
import { CHAR_WIDTH, fit, imageSvg, label, line, MARK_SIGN, num, title } from './svg.js';

type Severity = 'error' | 'warning' | 'info';

export interface TimelineEvent {
  readonly resource: string;
  /** Milliseconds, as the log reader gives them (the log's time read as UTC). */
  readonly timestamp: number;
  /** The time as the log writes it, for the marks' titles. */
  readonly time: string;
  readonly label: string;
  readonly severity: Severity;
  /** A failure repeated: how often (1 when absent), and its last time, drawn as a span from the first. */
  readonly occurrences?: number;
  readonly lastTimestamp?: number;
  readonly lastTime?: string;
}

/** How often an event's failure happened. */
const occurrencesOf = (events: readonly TimelineEvent[]): number => events.reduce((sum, e) => sum + (e.occurrences ?? 1), 0);
const lastOf = (event: TimelineEvent): number => event.lastTimestamp ?? event.timestamp;

const WIDTH = 960;
const MARGIN = 10;
const LANE = 24;
const LABEL_WIDTH = 210;
const AXIS = 44;
/** Lanes beyond these, the resources with the fewest failures, are counted in a note instead. */
const MAX_LANES = 20;
/** Marks of one lane closer than this are drawn as one, so a thousand failures stay a readable picture. */
const MERGE_WITHIN = 8;
const TICKS = 5;
const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Failures over time: one lane per resource (most failures first, at most MAX_LANES with the rest
 * noted), a time axis with a few labelled ticks, and a mark per failure with its time and message
 * in a <title>, signed by severity.
 */
export function timelineSvg(events: readonly TimelineEvent[]): string {
  const chartTitle = `Failures over time: ${plural(occurrencesOf(events), 'failure')} of ${plural(new Set(events.map((e) => e.resource)).size, 'resource')}`;
  if (events.length === 0) {
    return imageSvg(WIDTH, 2 * MARGIN + LANE, chartTitle, label(MARGIN, MARGIN + 15, 'No failure to show.', 'chart-note muted'));
  }
  const lanes = lanesOf(events);
  const shown = lanes.slice(0, MAX_LANES);
  const hidden = lanes.slice(MAX_LANES);
  const scale = timeScale(events);
  const parts = shown.map((lane, i) => laneMarkup(lane, MARGIN + i * LANE, scale));
  let y = MARGIN + shown.length * LANE;
  if (hidden.length > 0) {
    const failures = hidden.reduce((sum, lane) => sum + occurrencesOf(lane.events), 0);
    parts.push(label(MARGIN, y + 15, `and ${plural(hidden.length, 'more resource')} with ${plural(failures, 'failure')}`, 'chart-note muted'));
    y += LANE;
  }
  parts.push(axisMarkup(y, scale, events));
  return imageSvg(WIDTH, y + AXIS + MARGIN, chartTitle, parts.join(''));
}

interface Lane {
  readonly resource: string;
  readonly events: readonly TimelineEvent[];
}

/** One lane per resource, most failures first, then by name; each lane's events in time order. */
function lanesOf(events: readonly TimelineEvent[]): Lane[] {
  const byResource = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const list = byResource.get(event.resource);
    if (list) list.push(event);
    else byResource.set(event.resource, [event]);
  }
  return [...byResource]
    .map(([resource, list]) => ({ resource, events: [...list].sort((a, b) => a.timestamp - b.timestamp) }))
    .sort((a, b) => occurrencesOf(b.events) - occurrencesOf(a.events) || (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}

interface TimeScale {
  readonly start: number;
  readonly end: number;
  readonly x: (timestamp: number) => number;
}

/** The events' time span (widened when they all share one time, so they stand in the middle) onto the lanes' width. */
function timeScale(events: readonly TimelineEvent[]): TimeScale {
  // reduce, not Math.min(...times): a spread of many thousands of arguments overflows the stack.
  const first = events.reduce((min, e) => Math.min(min, e.timestamp), Infinity);
  const last = events.reduce((max, e) => Math.max(max, lastOf(e)), -Infinity);
  const pad = Math.max((last - first) * 0.03, 60_000);
  const start = first - pad;
  const end = last + pad;
  const left = MARGIN + LABEL_WIDTH;
  const width = WIDTH - left - MARGIN - 10;
  return { start, end, x: (t) => left + ((t - start) / (end - start)) * width };
}

function laneMarkup(lane: Lane, top: number, scale: TimeScale): string {
  const middle = top + LANE / 2;
  const marks: TimelineEvent[][] = [];
  for (const event of lane.events) {
    const current = marks[marks.length - 1];
    if (current && scale.x(event.timestamp) - scale.x(current[0]!.timestamp) < MERGE_WITHIN) current.push(event);
    else marks.push([event]);
  }
  const failures = occurrencesOf(lane.events);
  const name = `${fit(lane.resource, Math.floor((LABEL_WIDTH - 40) / CHAR_WIDTH))} (${failures})`;
  // A repeated failure is seen only at its first and last time: the line between says it went on.
  const repeats = lane.events.filter((e) => lastOf(e) > e.timestamp).map((e) => line(scale.x(e.timestamp), middle, scale.x(lastOf(e)), middle, 'timeline-repeat'));
  return (
    `<g class="timeline-lane" data-resource="${escapeHtml(lane.resource)}">${title(`${lane.resource}: ${plural(failures, 'failure')}`)}` +
    label(MARGIN, middle + 4, name, 'timeline-resource') +
    line(MARGIN + LABEL_WIDTH, middle, WIDTH - MARGIN, middle, 'timeline-rule') +
    repeats.join('') +
    marks.map((group) => markMarkup(lane.resource, group, scale.x(group[0]!.timestamp), middle)).join('') +
    '</g>'
  );
}

/** A failure, or failures too close to tell apart: a circle with the worst severity's sign. */
function markMarkup(resource: string, group: readonly TimelineEvent[], x: number, y: number): string {
  const severity = SEVERITY_ORDER.find((s) => group.some((e) => e.severity === s))!;
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const text =
    group.length === 1
      ? `${first.time} ${resource}: ${first.label} (${first.severity})`
      : `${group.length} failures of ${resource}, ${first.time} to ${last.time}: ${group
          .slice(0, 3)
          .map((e) => e.label)
          .join('; ')}${group.length > 3 ? '; …' : ''}`;
  const radius = group.length === 1 ? 6 : 8;
  return (
    `<g class="timeline-mark" data-severity="${severity}" data-count="${group.length}">${title(text)}` +
    `<circle cx="${num(x)}" cy="${num(y)}" r="${radius}" class="timeline-dot state-${severity}"/>` +
    label(x, y + 3.5, MARK_SIGN[severity], 'timeline-sign', 'middle') +
    '</g>'
  );
}

/** The time axis: a line, TICKS evenly spaced labelled ticks, and the span of the log times below. */
function axisMarkup(top: number, scale: TimeScale, events: readonly TimelineEvent[]): string {
  const left = MARGIN + LABEL_WIDTH;
  const ticks: string[] = [];
  for (let i = 0; i < TICKS; i++) {
    const time = scale.start + ((scale.end - scale.start) * i) / (TICKS - 1);
    const x = scale.x(time);
    const anchor = i === 0 ? 'start' : i === TICKS - 1 ? 'end' : 'middle';
    ticks.push(line(x, top, x, top + 5, 'timeline-tick') + label(x, top + 18, tickLabel(time, scale), 'timeline-tick-label', anchor));
  }
  const earliest = events.reduce((a, b) => (b.timestamp < a.timestamp ? b : a));
  const latest = events.reduce((a, b) => (lastOf(b) > lastOf(a) ? b : a));
  const span = `Log time ${earliest.time} to ${latest.lastTime ?? latest.time}`;
  return (
    `<g class="timeline-axis">${line(left, top, WIDTH - MARGIN, top, 'timeline-axis-line')}` +
    ticks.join('') +
    label(left, top + 36, span, 'chart-note muted') +
    '</g>'
  );
}

/** A tick's time in the log's own style (its time read as UTC), as precise as the span needs. */
function tickLabel(timestamp: number, scale: TimeScale): string {
  const iso = new Date(Math.round(timestamp)).toISOString();
  const date = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  const span = scale.end - scale.start;
  if (span >= 4 * 86_400_000) return date;
  if (span >= 86_400_000) return `${date.slice(5)} ${iso.slice(11, 16)}`;
  return span >= 15 * 60_000 ? iso.slice(11, 16) : iso.slice(11, 19);
}
