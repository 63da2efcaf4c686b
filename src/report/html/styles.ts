/**
 * The report's one stylesheet, inlined in a <style> whose hash the page's CSP allows (no style
 * attributes anywhere: the CSP would block them). Every text colour is chosen for a contrast of
 * 4.5:1 or more on its background in both schemes; severity is always written out as well, the
 * colour only repeats it. The SVG pictures take their colours from here too (classes and data-state,
 * not fill attributes), so that they follow the colour scheme.
 */
export const STYLES = `
:root {
  color-scheme: light dark;
  --bg: #ffffff;
  --fg: #1b1f24;
  --muted: #57606a;
  --border: #d0d7de;
  --panel: #f6f8fa;
  --accent: #0550ae;
  --focus: #0969da;
  --error: #b3261e;
  --warning: #8a4b00;
  --info: #0550ae;
  --clean: #1a7f37;
  --unread: #6e7781;
  --error-bg: #ffebe9;
  --warning-bg: #fff8c5;
  --info-bg: #ddf4ff;
  --clean-bg: #dafbe1;
  --unread-bg: #eaeef2;
  --mark-bg: #ffd8b5;
  --ins-bg: #dafbe1;
  --del-bg: #ffebe9;
  --target-bg: #fff8c5;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --border: #3d444d;
    --panel: #161b22;
    --accent: #79c0ff;
    --focus: #79c0ff;
    --error: #ff8b80;
    --warning: #e3b341;
    --info: #79c0ff;
    --clean: #56d364;
    --unread: #9da7b3;
    --error-bg: #3d1716;
    --warning-bg: #3a2a05;
    --info-bg: #0c2d4f;
    --clean-bg: #0f2e18;
    --unread-bg: #21262d;
    --mark-bg: #6b3d00;
    --ins-bg: #0f2e18;
    --del-bg: #3d1716;
    --target-bg: #3a2a05;
  }
}
*, *::before, *::after { box-sizing: border-box; }
body {
  margin: 0 auto;
  padding: 1rem clamp(0.75rem, 3vw, 2rem) 2rem;
  max-width: 110rem;
  background: var(--bg);
  color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid var(--border); padding-bottom: 0.25rem; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
code, pre, .mono { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
#counts { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; padding: 0; }
#counts > div { border: 1px solid var(--border); border-radius: 6px; padding: 0.35rem 0.75rem; background: var(--panel); min-width: 6.5rem; }
#counts dt { color: var(--muted); font-size: 0.85rem; }
#counts dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
#counts [data-count="errors"] dd { color: var(--error); }
#counts [data-count="warnings"] dd { color: var(--warning); }
#run-info { color: var(--muted); margin: 0.25rem 0 0; }
figure { margin: 0.75rem 0; padding: 0.75rem; border: 1px solid var(--border); border-radius: 6px; background: var(--panel); overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
figure svg { display: block; max-width: 100%; height: auto; color: var(--fg); }
svg text { fill: var(--fg); }
svg .muted, svg .timeline-tick-label { fill: var(--muted); }
svg .map-server-box { fill: var(--bg); stroke: var(--border); }
svg .map-node-box { fill: var(--panel); stroke: var(--border); }
svg .map-vios-box { fill: var(--info-bg); stroke: var(--info); }
svg .map-cell { stroke-width: 1.5; }
svg .state-error { fill: var(--error-bg); stroke: var(--error); }
svg .state-warning { fill: var(--warning-bg); stroke: var(--warning); }
svg .state-info { fill: var(--info-bg); stroke: var(--info); }
svg .state-clean { fill: var(--clean-bg); stroke: var(--clean); }
svg .state-unread { fill: var(--unread-bg); stroke: var(--unread); stroke-dasharray: 4 2; }
svg .map-cell-missing { fill: none; stroke: var(--muted); stroke-dasharray: 2 2; }
svg .bar-fill { stroke: none; }
svg .bar-fill.state-error { fill: var(--error); }
svg .bar-fill.state-warning { fill: var(--warning); }
svg .bar-fill.state-info { fill: var(--info); }
svg .bar-fill.state-none { fill: var(--accent); }
svg .timeline-rule, svg .timeline-tick, svg .timeline-axis-line { stroke: var(--border); }
svg .timeline-repeat { stroke: var(--error); stroke-width: 3; }
svg a.map-file { cursor: pointer; }
svg a.map-file:hover rect, svg a.map-file:focus rect { stroke: var(--focus); stroke-width: 3; }
#filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: end; margin: 0.5rem 0; }
#filters[hidden] { display: none; }
#filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); }
#filters select, #filters input { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; padding: 0.2rem 0.4rem; min-width: 10rem; }
#shown-count { color: var(--muted); margin: 0.25rem 0 0.5rem; }
.table-wrap { overflow-x: auto; }
#findings { border-collapse: collapse; width: 100%; }
#findings caption { text-align: left; color: var(--muted); padding: 0.25rem 0; }
#findings th, #findings td { border-bottom: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
#findings thead th { position: sticky; top: 0; background: var(--panel); white-space: nowrap; }
#findings th button { font: inherit; font-weight: 600; color: var(--fg); background: none; border: 0; padding: 0.1rem 0.2rem; cursor: pointer; }
#findings th button::after { content: " \\2195"; color: var(--muted); }
#findings th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--fg); }
#findings th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--fg); }
#findings td.file, #findings td.position, #findings td.time { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
#findings td.file { word-break: break-all; min-width: 12rem; }
#findings td.message { width: 50%; min-width: 20rem; overflow-wrap: anywhere; }
#findings tr.targeted, #findings tr:target { background: var(--target-bg); outline: 3px solid var(--focus); outline-offset: -3px; }
#findings tr:focus { outline: 3px solid var(--focus); outline-offset: -3px; }
.badge { font-weight: 600; border-radius: 4px; padding: 0 0.35rem; border: 1px solid currentColor; white-space: nowrap; }
.badge-error { color: var(--error); background: var(--error-bg); }
.badge-warning { color: var(--warning); background: var(--warning-bg); }
.badge-info { color: var(--info); background: var(--info-bg); }
details { margin-top: 0.35rem; }
summary { cursor: pointer; color: var(--accent); }
details h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
/* Profile lines and log lines are long: they wrap anywhere rather than widen the table. */
pre { background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 0.4rem 0.6rem; margin: 0.35rem 0; white-space: pre-wrap; word-break: break-all; }
pre.excerpt mark { background: var(--mark-bg); color: var(--fg); text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
pre.fix-diff ins, pre.fix-diff del { display: inline-block; min-width: 100%; text-decoration: none; }
pre.fix-diff .change { font-weight: 700; text-decoration: underline; text-underline-offset: 3px; }
pre.fix-diff ins { background: var(--ins-bg); }
pre.fix-diff del { background: var(--del-bg); }
pre.fix-diff .hunk { color: var(--info); }
pre.fix-diff .file-line { font-weight: 600; }
.remedy { margin: 0.35rem 0; }
.remedy-label { font-weight: 600; }
.explaining { border-left: 3px solid var(--border); padding-left: 0.75rem; margin: 0.5rem 0; }
.note { color: var(--muted); }
.empty { padding: 0.75rem; border: 1px dashed var(--border); border-radius: 6px; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  #filters, #shown-count, summary { display: none; }
  #findings tr.finding[hidden] { display: table-row; }
  #findings thead th { position: static; }
  #findings th button::after { content: none; }
  details > :not(summary) { display: block; }
  details::details-content { content-visibility: visible; display: contents; }
  figure, tr { break-inside: avoid; }
}
`;
