import type { Finding } from '../core/diagnostic.js';
import type { ClusterConfig, Inventory, Located, LparResource } from '../cluster/model.js';
import type { InputIssue } from '../core/input-issue.js';
import type { VioReference } from './helpers/vio-references.js';
import type { RuleMeta } from './rule.js';

/** One (LPAR resource, node) pair of the cluster, and what became of its profile file. */
export interface ProfileResolution {
  readonly resource: LparResource;
  readonly node: string;
  /** The node's physical server, when main.cf or the inventory says. */
  readonly serverName?: string;
  /** The ProfileFile value that applies to the node (per-system or global), if any. */
  readonly profileFile?: Located<string>;
  /** The path lparlint read, after `--path-map`, as reported. */
  readonly path?: string;
  /** Why the file could not be read, when it could not. */
  readonly readError?: string;
  /**
   * Set when the file was read: what the cluster rules compare of it. Not the whole document, which
   * takes about 50 KB of memory a file (1,000 resources on 4 nodes: 190 MB held to the end).
   */
  readonly vioReferences?: readonly VioReference[];
}


/** What a cluster rule sees: the whole cluster at once, for checks no single file can make. */
export interface ClusterRuleContext {
  readonly config?: ClusterConfig;
  readonly inventory?: Inventory;
  readonly resolutions: readonly ProfileResolution[];
  readonly mainCfIssues: readonly InputIssue[];
  readonly inventoryIssues: readonly InputIssue[];
  /** Reports into main.cf, an inventory file, or (with `resolution`) a node's profile file. */
  report(target: { readonly path: string } | ProfileResolution, finding: Omit<Finding, 'ruleId'>): void;
}

export interface ClusterRule {
  readonly meta: RuleMeta;
  check(context: ClusterRuleContext): void;
}

export function defineClusterRule(rule: ClusterRule): ClusterRule {
  return rule;
}
