/**
 * What a report says about its run and its cluster besides the findings: the header and the
 * cluster map of the HTML report (issue 9) are drawn from it. Plain data, so that every format
 * could use it and tests can build it by hand.
 */

/** When, where and how lparlint ran. */
export interface RunInfo {
  readonly version: string;
  /**
   * ISO 8601 time of the run. `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/)
   * pins it, so that a report made twice from the same input is the same file.
   */
  readonly generatedAt: string;
  /** The host name of the machine that ran it. */
  readonly host: string;
  /** The command line, as `lparlint check ...`. */
  readonly command: string;
}

/** A physical server (managed system), its VIO servers and the VCS nodes that run on it. */
export interface ServerOverview {
  readonly name: string;
  readonly vioServers: readonly string[];
  readonly nodes: readonly string[];
}

/** An LPAR resource of main.cf and its profile file on each node of its service group. */
export interface ResourceOverview {
  readonly name: string;
  readonly group: string;
  /** One entry per node of the group, in SystemList order; `path` as reported, absent when main.cf names none. */
  readonly files: readonly { readonly node: string; readonly path?: string }[];
}

/** The cluster as main.cf and the inventory describe it. */
export interface ClusterOverview {
  /** The cluster's name from main.cf, when it has one. */
  readonly name?: string;
  /** Every VCS node of main.cf. */
  readonly nodes: readonly string[];
  /** Physical servers with their VIO servers and nodes; nodes on no known server are in no entry. */
  readonly servers: readonly ServerOverview[];
  readonly resources: readonly ResourceOverview[];
}

export interface ReportOverview {
  readonly run: RunInfo;
  /** Absent when the run had no main.cf and no inventory. */
  readonly cluster?: ClusterOverview;
  /**
   * The paths, as reported, of the files that describe the cluster (main.cf, inventory files): a
   * cluster audit reports their findings too, but they are not profile files. Absent: none.
   */
  readonly inputFiles?: readonly string[];
}
