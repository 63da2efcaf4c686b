import type { Span } from '../core/span.js';

/** A value and where it stands in its file (main.cf or the inventory). */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

/**
 * An attribute that may be global or localized per system (`Attr@sys = ...` in main.cf). The
 * per-system value wins for that system; the global one applies to every other system.
 */
export interface PerSystem<T> {
  readonly global?: Located<T>;
  readonly bySystem: ReadonlyMap<string, Located<T>>;
}

export function valueForSystem<T>(attribute: PerSystem<T>, system: string): Located<T> | undefined {
  return attribute.bySystem.get(system) ?? attribute.global;
}

// ---- What lparlint takes from a VCS main.cf -------------------------------------------------------

export interface SystemDef {
  readonly name: string;
  readonly span: Span;
  /** The system attribute that names the managed system (physical server) the node runs on. */
  readonly physicalServer?: Located<string>;
}

export interface GroupDef {
  readonly name: string;
  readonly span: Span;
  /** `SystemList` keys: the systems the group may come online on, in priority order if given. */
  readonly systemList: readonly Located<string>[];
  /** Span of the whole `SystemList` attribute, for findings about it; absent if not set. */
  readonly systemListSpan?: Span;
}

export interface LparResource {
  readonly name: string;
  /** Span of the resource's name in its `LPAR <name> (` line. */
  readonly span: Span;
  readonly group: string;
  readonly lparName?: Located<string>;
  readonly viosName: PerSystem<readonly string[]>;
  readonly profileFile: PerSystem<string>;
  readonly removeProfileOnOffline: PerSystem<number>;
}

export interface ClusterConfig {
  /** The main.cf path as reported. */
  readonly path: string;
  readonly source: string;
  readonly clusterName?: string;
  readonly systems: readonly SystemDef[];
  readonly groups: readonly GroupDef[];
  readonly lparResources: readonly LparResource[];
}

// ---- What lparlint knows of the physical servers ----------------------------------------------------

export interface PartitionRef {
  readonly name: string;
  readonly id: number;
  /** Where the inventory defines it (path of the inventory or HMC output file, and span). */
  readonly origin: Origin;
}

export interface Origin {
  readonly path: string;
  readonly span: Span;
}

/** A physical server (HMC managed system). */
export interface ManagedSystem {
  readonly name: string;
  readonly origin: Origin;
  /** `lshwres -r mem -m <server> --level sys -F mem_region_size`, in MB, when known. */
  readonly memoryRegionSize?: number;
  readonly vioServers: readonly PartitionRef[];
  /** The other partitions (not VIO servers) on the server. */
  readonly partitions: readonly PartitionRef[];
}

export interface Inventory {
  readonly servers: readonly ManagedSystem[];
  /** VCS node → physical server name, when the inventory says (main.cf's PhysicalServer also does). */
  readonly nodes: ReadonlyMap<string, Located<string> & { readonly path: string }>;
}

// ---- What a per-file rule sees of the node a file is for ------------------------------------------

export interface NodeContext {
  /** The VCS node (system) the file is for. */
  readonly node: string;
  /** The LPAR resource whose ProfileFile this is, when known from main.cf. */
  readonly resource?: string;
  /** The node's physical server, when known (main.cf PhysicalServer or the inventory). */
  readonly serverName?: string;
  /** The inventory entry of that server, when the inventory has it. */
  readonly server?: ManagedSystem;
  /** The resource's LPARName. */
  readonly lparName?: string;
  /** The resource's VIOSName for this node, when set. */
  readonly viosNames?: readonly string[];
  /** Every other known server with the nodes on it: to say that a file was written for another node. */
  readonly otherServers: readonly { readonly server: ManagedSystem; readonly nodes: readonly string[] }[];
}
