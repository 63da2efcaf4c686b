import { CLUSTER_RULES, PROFILE_RULES } from '../../rules/index.js';
import { auditCluster, nodesOfResource, type ClusterInputs } from '../cluster/audit.js';
import { valueForSystem, type ClusterConfig, type LparResource } from '../cluster/model.js';
import { nodeContext } from '../cluster/node-context.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Span } from '../core/span.js';
import type { ClusterRule } from '../lint/cluster-rule.js';
import { lintProfile, type FileResult, type RuleSettings } from '../lint/lint-profile.js';
import type { Rule } from '../lint/rule.js';
import type { PatternCatalog } from './patterns/catalog.js';

/** What was checked for one failed operation: the file at fault and its findings, or why nothing was. */
export interface ProfileCheck {
  /** The file the findings point into: the node's profile file, or main.cf when that file is missing. */
  readonly profile?: { readonly path: string; readonly source: string };
  readonly diagnostics: readonly Diagnostic[];
  /** Why the profile file could not be checked (or not for the node), and what to give lparlint. */
  readonly note?: string;
}

/** Finds and checks the profile file of an LPAR resource on a node; each file once per node. */
export type ProfileChecker = (resource: string | undefined, node: string | undefined) => Promise<ProfileCheck>;

export interface CheckSettings {
  /** The rule settings for a file, by its reported path (config file, overrides, `--rule`). */
  readonly settingsFor: (path: string) => RuleSettings;
  /** The rules to run: those whose findings can explain a failure (explainingRules). */
  readonly rules: ExplainingRules;
}

export interface ExplainingRules {
  readonly rules: readonly Rule[];
  readonly clusterRules: readonly ClusterRule[];
}

/**
 * The rules that some entry of the catalog names in `explainedBy`: only their findings can
 * explain a failure (explainingFindings), and the rules do not depend on each other, so the others
 * need not run. A site catalog that names a rule brings it back.
 */
export function explainingRules(catalog: PatternCatalog): ExplainingRules {
  const named = new Set(catalog.flatMap((entry) => entry.pattern.explainedBy));
  return {
    rules: PROFILE_RULES.filter((rule) => named.has(rule.meta.id)),
    clusterRules: CLUSTER_RULES.filter((rule) => named.has(rule.meta.id)),
  };
}

/** Neither main.cf nor --profile: the log alone, so nothing to check. */
export const noProfiles: ProfileChecker = () =>
  Promise.resolve({
    diagnostics: [],
    note: 'No profile file was checked: give --main-cf (with --path-map) or --profile FILE, so lparlint can find the cause in it.',
  });

/**
 * `--profile FILE`: that file, checked for the operation's node when it is known (with main.cf or
 * the inventory for the node's context), else by itself. The resource's LPARName and VIOSName
 * come from main.cf when it has the resource.
 */
export function givenProfile(path: string, source: string, cluster: ClusterInputs | undefined, settings: CheckSettings): ProfileChecker {
  const checked = new Map<string, FileResult>();
  return (resource, node) => {
    const key = `${resource ?? ''}\u0000${node ?? ''}`;
    let result = checked.get(key);
    if (!result) {
      const lparResource = cluster?.config?.lparResources.find((r) => r.name === resource);
      const context = node !== undefined && cluster ? nodeContext(node, cluster, lparResource) : undefined;
      result = lintProfile(source, { path, rules: settings.rules.rules, ...settings.settingsFor(path), ...(context ? { node: context } : {}) });
      checked.set(key, result);
    }
    const note =
      node === undefined
        ? 'The node is not known, so the checks that need it (VIO server names and ids, memory region) did not run: give --node NODE, the node whose log this is.'
        : !cluster
          ? `Checked without the cluster: give --inventory (or --main-cf) so that the checks for node ${node} (VIO server names and ids, memory region) run too.`
          : undefined;
    return Promise.resolve({ profile: { path, source }, diagnostics: result.diagnostics, ...(note ? { note } : {}) });
  };
}

export interface ClusterProfileOptions extends CheckSettings {
  /** Where a ProfileFile path of main.cf is read from: `--path-map` applied, as reported. */
  readonly locate: (profileFile: string) => string;
  readonly readText: (path: string) => Promise<string>;
}

/**
 * With main.cf: the resource's ProfileFile for the node, read where `--path-map` says. A resource
 * is audited as `check --main-cf` audits it, the first time a failure needs it: every node's file
 * checked once with its node's context, then the cluster rules, which compare a resource's nodes
 * and files (never those of two resources, so one resource at a time gives the same findings,
 * without holding the whole cluster's files). A missing or unreadable file is a `profile-file`
 * finding at the ProfileFile value in main.cf, which becomes the file at fault.
 */
export function clusterProfiles(cluster: ClusterInputs, config: ClusterConfig, options: ClusterProfileOptions): ProfileChecker {
  const audits = new Map<string, Promise<FileResult[]>>();
  const byName = new Map(config.lparResources.map((r) => [r.name, r]));
  return async (resourceName, node) => {
    const resource = resourceName === undefined ? undefined : byName.get(resourceName);
    if (!resource) {
      const known = config.lparResources.map((r) => r.name).join(', ') || 'none';
      return { diagnostics: [], note: `${resourceName ?? 'The resource'} is not an LPAR resource of ${config.path} (its LPAR resources: ${known}), so no profile file was checked.` };
    }
    const nodes = nodesOfResource(config, resource);
    if (node === undefined) {
      return { diagnostics: [], note: `The log line does not say which node it is from, so no profile file was checked: give --node NODE, the node whose log this is (${resource.name} runs on ${nodes.join(', ')}).` };
    }
    if (!nodes.includes(node)) {
      return { diagnostics: [], note: `${node} is not in the SystemList of ${resource.group} in ${config.path} (${nodes.join(', ')}), so no profile file was checked.` };
    }
    let audit = audits.get(resource.name);
    if (!audit) {
      audit = auditCluster(
        { ...cluster, config: { ...config, lparResources: [resource] } },
        { ...options.rules, settingsFor: options.settingsFor, locate: options.locate, readText: options.readText },
      );
      audits.set(resource.name, audit);
    }
    const results = await audit;
    const profile = results.find((r) => r.resource === resource.name && r.node === node);
    if (profile) return { profile: { path: profile.path, source: profile.source }, diagnostics: profile.diagnostics };
    // No file was read for the node: the cluster rules said why, at its ProfileFile (or the resource) in main.cf.
    const mainCf = results.find((r) => r.path === config.path);
    const at = profileFileSpan(resource, node);
    return {
      profile: { path: config.path, source: config.source },
      diagnostics: (mainCf?.diagnostics ?? []).filter((d) => d.span.start === at.start && d.span.end === at.end),
    };
  };
}

/** Where main.cf sets the node's ProfileFile, or the resource's name when it sets none for the node. */
function profileFileSpan(resource: LparResource, node: string): Span {
  return valueForSystem(resource.profileFile, node)?.span ?? resource.span;
}
