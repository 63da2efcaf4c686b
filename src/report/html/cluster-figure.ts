import type { ClusterOverview } from '../overview.js';
import { clusterMapSvg, type FileState } from './cluster-map.js';
import { figure, section } from './sections.js';

const MAP_CAPTION =
  'Physical servers with their VIO servers and VCS nodes, and on each node the profile file of each LPAR resource, by its worst finding; a file with findings links to them.';

/** The cluster map's section: `state` colours each profile file, `anchors` link it to its first row. */
export function clusterSection(cluster: ClusterOverview, state: (path: string) => FileState, anchors: ReadonlyMap<string, string>): string {
  return section('cluster', 'Cluster map', figure('cluster-map', MAP_CAPTION, clusterMapSvg(cluster, state, (path) => anchors.get(path))));
}
