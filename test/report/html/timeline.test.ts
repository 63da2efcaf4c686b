import { describe, expect, it } from 'vitest';
import { timelineSvg, type TimelineEvent } from '../../../src/report/html/timeline.js';

const T0 = Date.UTC(2024, 2, 5, 10, 15, 42);

function event(resource: string, minutes: number, severity: TimelineEvent['severity'] = 'error', label = 'Online failed'): TimelineEvent {
  const time = new Date(T0 + minutes * 60_000).toISOString().replace(/^(\d+)-(\d+)-(\d+)T([\d:]+).*$/, '$1/$2/$3 $4');
  return { resource, timestamp: T0 + minutes * 60_000, time, label, severity };
}

const lanes = (svg: string): string[] => [...svg.matchAll(/<g class="timeline-lane" data-resource="([^"]*)">/g)].map((m) => m[1]!);
const marks = (svg: string): string[] => svg.match(/<g class="timeline-mark"[^>]*>/g) ?? [];

describe('timelineSvg', () => {
  it('with no events: a picture that says so', () => {
    const svg = timelineSvg([]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Failures over time: 0 failures of 0 resources"><title>/);
    expect(svg).toContain('No failure to show.');
    expect(lanes(svg)).toEqual([]);
  });

  it('with one event: one lane, one mark with its time and message, the time in the middle of the axis', () => {
    const svg = timelineSvg([event('lpar05_res', 0)]);
    expect(lanes(svg)).toEqual(['lpar05_res']);
    expect(marks(svg)).toEqual(['<g class="timeline-mark" data-severity="error" data-count="1">']);
    expect(svg).toContain('<title>2024/03/05 10:15:42 lpar05_res: Online failed (error)</title>');
    expect(svg).toContain('>✖</text>');
    expect(svg).toContain('<text x="580" y="52" class="timeline-tick-label" text-anchor="middle">10:15:42</text>');
    expect(svg).toContain('Log time 2024/03/05 10:15:42 to 2024/03/05 10:15:42');
  });

  it('a repeated failure: counted as often as it happened, drawn from its first to its last time', () => {
    const last = event('lpar05_res', 4);
    const svg = timelineSvg([{ ...event('lpar05_res', 0), occurrences: 3, lastTimestamp: last.timestamp, lastTime: last.time }, event('other_res', 1)]);
    expect(svg).toContain('aria-label="Failures over time: 4 failures of 2 resources"');
    expect(svg).toContain('<title>lpar05_res: 3 failures</title>');
    expect(svg.match(/class="timeline-repeat"/g)).toHaveLength(1);
    expect(svg).toContain('Log time 2024/03/05 10:15:42 to 2024/03/05 10:19:42');
    expect(lanes(svg)).toEqual(['lpar05_res', 'other_res']);
  });

  it('with many events: lanes by number of failures, at most 20, the rest counted; close marks merged', () => {
    const events = [
      ...Array.from({ length: 900 }, (_, i) => event('busy', i % 2 === 0 ? i : 0.01 * i, i % 3 === 0 ? 'warning' : 'error', `failure ${i}`)),
      ...Array.from({ length: 30 }, (_, i) => event(`quiet-${String(i).padStart(2, '0')}`, i * 10)),
      event('middle', 5),
      event('middle', 600),
    ];
    const svg = timelineSvg(events);
    expect(lanes(svg)).toEqual(['busy', 'middle', ...Array.from({ length: 18 }, (_, i) => `quiet-${String(i).padStart(2, '0')}`)]);
    expect(svg).toContain('and 12 more resources with 12 failures');
    const busy = svg.slice(svg.indexOf('data-resource="busy"'), svg.indexOf('data-resource="middle"'));
    // 900 failures over 15 hours, in a lane of about 700 units: fewer marks than failures, none lost.
    expect(marks(busy).length).toBeLessThan(200);
    expect(marks(busy).reduce((sum, tag) => sum + Number(/data-count="(\d+)"/.exec(tag)![1]), 0)).toBe(900);
    expect(busy).toMatch(/<title>\d+ failures of busy, [^<]+: failure \d+; failure \d+; failure \d+; …<\/title>/);
    expect(timelineSvg(events)).toBe(svg);
  });

  it('labels the ticks by date when the failures span days', () => {
    const svg = timelineSvg([event('r', 0), event('r', 7 * 24 * 60)]);
    expect(svg).toMatch(/class="timeline-tick-label"[^>]*>2024\/03\/05<\/text>/);
    expect(svg.match(/class="timeline-tick-label"/g)).toHaveLength(5);
  });

  it('escapes resources and messages', () => {
    const svg = timelineSvg([event('<b>r</b>', 0, 'info', '"><script>alert(1)</script>')]);
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).toContain('data-resource="&lt;b&gt;r&lt;/b&gt;"');
    expect(svg).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; (info)</title>');
  });
});
