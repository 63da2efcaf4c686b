import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterOverview } from '../../../src/report/cluster-overview.js';
import { clusterMapSvg, type FileState } from '../../../src/report/html/cluster-map.js';
import type { ClusterOverview } from '../../../src/report/overview.js';
import { clusterInputs } from '../../cluster/cluster-inputs.js';

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../../fixtures/example/${name}`, import.meta.url)), 'utf8');
const FILE_01 = 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg';
const FILE_02 = 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg';
const EXAMPLE = clusterOverview(clusterInputs({ mainCf: example('main.cf'), inventory: example('inventory.yaml') }), (file) =>
  file.replace(/^\/configfile\//, 'fixtures/example/configfile/'),
)!;

/** The example's first file has an error (its findings start at row 3), the second none. */
const worst = (path: string): FileState => (path === FILE_01 ? 'error' : 'clean');
const anchor = (path: string): string | undefined => (path === FILE_01 ? 'finding-3' : undefined);

/** The opening tags of the elements with `className`, in order. */
function tags(svg: string, element: string, className: string): string[] {
  return svg.match(new RegExp(`<${element} class="${className}"[^>]*>`, 'g')) ?? [];
}

describe('clusterMapSvg', () => {
  const svg = clusterMapSvg(EXAMPLE, worst, anchor);

  it('draws every physical server, VIO server, node and profile file of the example cluster', () => {
    expect(tags(svg, 'g', 'map-server')).toEqual([
      '<g class="map-server" role="group" aria-label="Physical server physical_server_01" data-server="physical_server_01">',
      '<g class="map-server" role="group" aria-label="Physical server physical_server_02" data-server="physical_server_02">',
    ]);
    expect(tags(svg, 'g', 'map-vios').map((t) => /data-vios="([^"]+)"/.exec(t)![1])).toEqual(['vio_server1', 'vio_server2', 'vio_server3', 'vio_server4']);
    expect(tags(svg, 'g', 'map-node').map((t) => /data-node="([^"]+)"/.exec(t)![1])).toEqual(['lpar101', 'lpar201']);
    expect(tags(svg, 'a', 'map-file')).toEqual([
      `<a class="map-file" href="#finding-3" data-state="error" data-path="${FILE_01}">`,
      `<a class="map-file" data-state="clean" data-path="${FILE_02}">`,
    ]);
  });

  it('says each state in words and signs as well as colours, and names each file fully in its title', () => {
    expect(svg).toContain(`<title>${FILE_01} (resource lpar05_res on node lpar101): has errors; go to its findings</title>`);
    expect(svg).toContain(`<title>${FILE_02} (resource lpar05_res on node lpar201): no findings</title>`);
    expect(svg).toMatch(/class="map-sign"[^>]*>✖</);
    expect(svg).toContain('>has errors</text>');
    // The file name is cut in its middle to fit its box, so that _01 and _02 stay apart; the title holds it whole.
    expect(svg).toContain('>lpar05_on_…ver_01.cfg</text>');
    expect(svg).toContain('>lpar05_on_…ver_02.cfg</text>');
  });

  it('is a group of labelled groups, not an image, since it holds links; it scales with a viewBox', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="cluster-map-title"/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 960 \d+" width="100%"/);
    expect(svg).toContain('<title id="cluster-map-title">Cluster lpar_clus: 2 physical servers, 2 VCS nodes, 1 LPAR resource</title>');
    expect(svg).not.toContain('role="img"');
    expect(svg).not.toContain('style=');
  });

  it('is the same bytes every time', () => {
    expect(clusterMapSvg(EXAMPLE, worst, anchor)).toBe(svg);
  });

  it('puts nodes on no known server under "Unknown server", and says what a file main.cf does not name is', () => {
    const cluster: ClusterOverview = {
      nodes: ['n1', 'lost'],
      servers: [{ name: 's1', vioServers: [], nodes: ['n1'] }],
      resources: [{ name: 'r', group: 'g', files: [{ node: 'n1', path: 'r1.cfg' }, { node: 'lost' }] }],
    };
    const drawn = clusterMapSvg(cluster, () => 'unread', () => undefined);
    expect(tags(drawn, 'g', 'map-server')).toEqual([
      '<g class="map-server" role="group" aria-label="Physical server s1" data-server="s1">',
      '<g class="map-server" role="group" aria-label="Unknown server">',
    ]);
    expect(drawn.indexOf('data-node="lost"')).toBeGreaterThan(drawn.indexOf('aria-label="Unknown server"'));
    expect(drawn).toContain('<title>resource r on node lost: main.cf names no ProfileFile</title>');
    expect(tags(drawn, 'a', 'map-file')).toEqual(['<a class="map-file" data-state="unread" data-path="r1.cfg">']);
    expect(drawn).toContain('No VIO server known');
  });

  it('keeps hostile names text', () => {
    const evil = '<script>alert("x")</script>';
    const cluster: ClusterOverview = {
      name: evil,
      nodes: [evil],
      servers: [{ name: evil, vioServers: [evil], nodes: [evil] }],
      resources: [{ name: evil, group: evil, files: [{ node: evil, path: `${evil}'.cfg` }] }],
    };
    const drawn = clusterMapSvg(cluster, () => 'error', () => `"><script>`);
    expect(drawn).not.toMatch(/<script|<\/script|'\.cfg/);
    expect(drawn).toContain('data-path="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;.cfg"');
    expect(drawn).toContain('href="#&quot;&gt;&lt;script&gt;"');
  });

  it('draws 1,000 resources on 4 nodes as small signed cells, in rows, at the page width', () => {
    const nodes = ['n1', 'n2', 'n3', 'n4'];
    const cluster: ClusterOverview = {
      nodes,
      servers: [{ name: 's1', vioServers: ['v1'], nodes }],
      resources: Array.from({ length: 1000 }, (_, i) => ({ name: `res${i}`, group: 'g', files: nodes.map((node) => ({ node, path: `${node}/res${i}.cfg` })) })),
    };
    const drawn = clusterMapSvg(cluster, () => 'warning', (path) => `row-${path}`);
    expect(tags(drawn, 'a', 'map-file')).toHaveLength(4000);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(drawn)!.map(Number);
    expect(width).toBe(960);
    // 40 cells a row: 25 rows a node, not 1,000.
    expect(height).toBeLessThan(4 * 25 * 30);
    expect(drawn).not.toContain('class="map-file-name"');
    expect(drawn).toContain('<title>n4/res999.cfg (resource res999 on node n4): has warnings; go to its findings</title>');
  });

  it('says when it knows no server and no node', () => {
    expect(clusterMapSvg({ nodes: [], servers: [], resources: [] }, worst, anchor)).toContain('No physical server or VCS node is known.');
  });
});
