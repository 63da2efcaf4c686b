import type { ClusterOverview, ResourceOverview } from '../overview.js';
import { escapeHtml } from './escape.js';
import { plural } from '../plural.js';
import { CHAR_WIDTH, fit, fitMiddle, heading as boldLabel, label, MARK_SIGN, rect, svgRoot, title } from './svg.js';

/** A profile file's worst finding; `unread` when it could not be read (or was not found). */
export type FileState = 'error' | 'warning' | 'info' | 'clean' | 'unread';

/** The state as the legend and each file's <title> say it. */
const STATE_WORDS: Readonly<Record<FileState, string>> = {
  error: 'has errors',
  warning: 'has warnings',
  info: 'has notes',
  clean: 'no findings',
  unread: 'not read',
};

const WIDTH = 960;
const MARGIN = 12;
/** Inset of a node box inside its server box, and of the files inside a node box. */
const INSET = 12;
const HEADER = 26;
const GAP = 8;
/** A file box with its resource and file name, while every node has few enough files to read them. */
const FILE_BOX = { width: 168, height: 36 };
/** A square with only the state's sign (the names are in its <title>), for nodes with many files. */
const FILE_CELL = { width: 18, height: 18 };
const CELL_GAP = 4;
/** Beyond this many files on one node, every node's files are drawn as cells: 1,000 stay one screen or two. */
const CELLS_ABOVE = 40;

/** One profile file as the map draws it: `path` absent when main.cf names no ProfileFile for the node. */
interface MapFile {
  readonly resource: ResourceOverview;
  readonly node: string;
  readonly path?: string;
}

interface Drawn {
  readonly markup: string;
  readonly height: number;
}

interface Layout {
  readonly state: (path: string) => FileState;
  readonly anchor: (path: string) => string | undefined;
  readonly files: ReadonlyMap<string, readonly MapFile[]>;
  readonly cells: boolean;
}

/**
 * The cluster as an inline SVG, laid out top to bottom so that its width stays that of a page: a
 * legend, then per physical server a box with its VIO servers and, inside it, a box per VCS node
 * holding that node's profile files (one per LPAR resource its group may run on the node), each
 * coloured and signed by its worst finding and, when it has findings, a link to the first of them.
 * Nodes on no known server come last under "Unknown server". Deterministic: the same overview
 * gives the same bytes.
 */
export function clusterMapSvg(cluster: ClusterOverview, worst: (path: string) => FileState, anchor: (path: string) => string | undefined): string {
  const files = filesByNode(cluster);
  const layout: Layout = { state: worst, anchor, files, cells: Math.max(0, ...[...files.values()].map((f) => f.length)) > CELLS_ABOVE };
  const placed = new Set(cluster.servers.flatMap((s) => s.nodes));
  const unplaced = cluster.nodes.filter((n) => !placed.has(n));
  const groups = cluster.servers.map((s) => ({ name: s.name, vioServers: s.vioServers, nodes: s.nodes, known: true }));
  if (unplaced.length > 0) groups.push({ name: 'Unknown server', vioServers: [], nodes: unplaced, known: false });

  let y = MARGIN;
  const parts: string[] = [];
  const legend = legendRow(y);
  parts.push(legend.markup);
  y += legend.height + GAP;
  for (const group of groups) {
    const drawn = serverBox(group, y, layout);
    parts.push(drawn.markup);
    y += drawn.height + GAP;
  }
  if (groups.length === 0) {
    parts.push(label(MARGIN, y + 14, 'No physical server or VCS node is known.', 'map-note muted'));
    y += 20;
  }
  const name = cluster.name === undefined ? 'Cluster' : `Cluster ${cluster.name}`;
  const summary = `${name}: ${plural(cluster.servers.length, 'physical server')}, ${plural(cluster.nodes.length, 'VCS node')}, ${plural(cluster.resources.length, 'LPAR resource')}`;
  // A group, not an image: it holds links, which an image role would hide from screen readers.
  return svgRoot(WIDTH, y + MARGIN - GAP, 'role="group" aria-labelledby="cluster-map-title"', `<title id="cluster-map-title">${escapeHtml(summary)}</title>${parts.join('')}`);
}

/** Every node's files, in the overview's resource order. */
function filesByNode(cluster: ClusterOverview): Map<string, MapFile[]> {
  const byNode = new Map<string, MapFile[]>();
  for (const resource of cluster.resources) {
    for (const file of resource.files) {
      const list = byNode.get(file.node) ?? [];
      list.push({ resource, node: file.node, ...(file.path !== undefined ? { path: file.path } : {}) });
      byNode.set(file.node, list);
    }
  }
  return byNode;
}

function legendRow(y: number): Drawn {
  const states = Object.keys(STATE_WORDS) as FileState[];
  let x = MARGIN;
  const items = states.map((state) => {
    const item =
      rect(x, y, FILE_CELL.width, FILE_CELL.height, `map-cell state-${state}`, 3) +
      label(x + FILE_CELL.width / 2, y + 13, MARK_SIGN[state], 'map-sign', 'middle') +
      label(x + FILE_CELL.width + 6, y + 13, STATE_WORDS[state], 'map-legend-text');
    x += FILE_CELL.width + 6 + STATE_WORDS[state].length * CHAR_WIDTH + 18;
    return item;
  });
  return { markup: `<g class="map-legend">${title('Legend: the state of each profile file')}${items.join('')}</g>`, height: FILE_CELL.height };
}

function serverBox(server: { name: string; vioServers: readonly string[]; nodes: readonly string[]; known: boolean }, top: number, layout: Layout): Drawn {
  const x = MARGIN;
  const width = WIDTH - 2 * MARGIN;
  const heading = server.known ? `Physical server ${server.name}` : server.name;
  const parts = [boldLabel(x + INSET, top + 18, fit(heading, Math.floor((width - 2 * INSET) / CHAR_WIDTH)), 'map-server-name')];
  let y = top + HEADER;
  if (server.known) {
    const vios = viosRow(server.vioServers, x + INSET, y, width - 2 * INSET);
    parts.push(vios.markup);
    y += vios.height + GAP;
  }
  for (const node of server.nodes) {
    const drawn = nodeBox(node, x + INSET, y, width - 2 * INSET, layout);
    parts.push(drawn.markup);
    y += drawn.height + GAP;
  }
  if (server.nodes.length === 0) {
    parts.push(label(x + INSET, y + 12, 'No VCS node of the cluster runs here.', 'map-note muted'));
    y += 18 + GAP;
  }
  const height = y - top;
  const data = server.known ? ` data-server="${escapeHtml(server.name)}"` : '';
  return {
    markup: `<g class="map-server" role="group" aria-label="${escapeHtml(heading)}"${data}>${title(heading)}${rect(x, top, width, height, 'map-server-box', 6)}${parts.join('')}</g>`,
    height,
  };
}

/** The server's VIO servers as a row of chips, wrapped when they do not fit. */
function viosRow(names: readonly string[], left: number, top: number, width: number): Drawn {
  const chipHeight = 20;
  let x = left + 90;
  let y = top;
  const parts = [label(left, top + 14, names.length === 0 ? 'No VIO server known' : 'VIO servers:', 'map-note muted')];
  for (const name of names) {
    const text = fit(name, 24);
    const chipWidth = [...text].length * CHAR_WIDTH + 16;
    if (x + chipWidth > left + width && x > left + 90) {
      x = left + 90;
      y += chipHeight + 4;
    }
    parts.push(
      `<g class="map-vios" data-vios="${escapeHtml(name)}">${title(`VIO server ${name}`)}${rect(x, y, chipWidth, chipHeight, 'map-vios-box', 10)}${label(x + 8, y + 14, text, 'map-vios-name')}</g>`,
    );
    x += chipWidth + 6;
  }
  return { markup: parts.join(''), height: y - top + chipHeight };
}

function nodeBox(node: string, left: number, top: number, width: number, layout: Layout): Drawn {
  const files = layout.files.get(node) ?? [];
  const box = layout.cells ? FILE_CELL : FILE_BOX;
  const gap = layout.cells ? CELL_GAP : GAP;
  const inner = width - 2 * INSET;
  const columns = Math.max(1, Math.floor((inner + gap) / (box.width + gap)));
  const heading = `VCS node ${node} (${plural(files.length, 'profile file')})`;
  const parts = [boldLabel(left + INSET, top + 18, fit(heading, Math.floor(inner / CHAR_WIDTH)), 'map-node-name')];
  files.forEach((file, i) => {
    const x = left + INSET + (i % columns) * (box.width + gap);
    const y = top + HEADER + Math.floor(i / columns) * (box.height + gap);
    parts.push(fileMark(file, x, y, layout));
  });
  const rows = Math.ceil(files.length / columns);
  if (files.length === 0) parts.push(label(left + INSET, top + HEADER + 12, 'No LPAR resource of main.cf runs on this node.', 'map-note muted'));
  const height = HEADER + (rows === 0 ? 18 : rows * (box.height + gap) - gap) + INSET;
  return {
    markup: `<g class="map-node" role="group" aria-label="${escapeHtml(`VCS node ${node}`)}" data-node="${escapeHtml(node)}">${rect(left, top, width, height, 'map-node-box', 4)}${parts.join('')}</g>`,
    height,
  };
}

/** A file: a box with its state's colour and sign (and names, unless drawn as a cell), a link when it has findings. */
function fileMark(file: MapFile, x: number, y: number, layout: Layout): string {
  const box = layout.cells ? FILE_CELL : FILE_BOX;
  const where = `resource ${file.resource.name} on node ${file.node}`;
  if (file.path === undefined) {
    const text = `${where}: main.cf names no ProfileFile`;
    const body = layout.cells ? label(x + box.width / 2, y + 13, '–', 'map-sign', 'middle') : label(x + 8, y + 15, fit(file.resource.name, 20), 'map-file-name') + label(x + 8, y + 29, 'no ProfileFile', 'map-note muted');
    return `<g class="map-missing">${title(text)}${rect(x, y, box.width, box.height, 'map-cell map-cell-missing', 3)}${body}</g>`;
  }
  const state = layout.state(file.path);
  const target = layout.anchor(file.path);
  const href = target === undefined ? '' : ` href="#${escapeHtml(target)}"`;
  const text = `${file.path} (${where}): ${STATE_WORDS[state]}${target === undefined ? '' : '; go to its findings'}`;
  const sign = label(x + (layout.cells ? box.width / 2 : 10), y + (layout.cells ? 13 : 15), MARK_SIGN[state], 'map-sign', layout.cells ? 'middle' : 'start');
  const names = layout.cells ? '' : label(x + 24, y + 15, fit(file.resource.name, 19), 'map-file-name') + label(x + 8, y + 29, fitMiddle(baseName(file.path), 21), 'map-file-path');
  return (
    `<a class="map-file"${href} data-state="${state}" data-path="${escapeHtml(file.path)}">${title(text)}` +
    `${rect(x, y, box.width, box.height, `map-cell state-${state}`, 3)}${sign}${names}</a>`
  );
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
