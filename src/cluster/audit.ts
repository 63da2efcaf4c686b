import { compareDiagnostics, type Diagnostic, type Finding } from '../core/diagnostic.js';
import { LineIndex } from '../core/span.js';
import type { InputIssue } from '../core/input-issue.js';
import type { ClusterRule, ClusterRuleContext, ProfileResolution } from '../lint/cluster-rule.js';
import { checkAndFix, type FixMode } from '../fix/fix-profile.js';
import { lintDocument, lintProfile, type FileResult, type RuleSettings } from '../lint/lint-profile.js';
import { vioReferences } from '../lint/helpers/vio-references.js';
import type { Rule } from '../lint/rule.js';
import { settle } from '../lint/settle.js';
import type { ProfileDocument } from '../parse/profile/document.js';
import { parseProfile } from '../parse/profile/parse.js';
import { explainReadError } from '../read/io-result.js';
import type { ClusterConfig, GroupDef, Inventory, LparResource } from './model.js';
import { valueForSystem } from './model.js';
import { nodeContext, serverOfNode } from './node-context.js';

/** The cluster as read from its input files, with what could not be read in them. */
export interface ClusterInputs {
  readonly config?: ClusterConfig;
  readonly mainCfIssues: readonly InputIssue[];
  readonly inventory?: Inventory;
  readonly inventoryIssues: readonly InputIssue[];
  /** The text of every input file (main.cf, inventory files), by reported path, for positions. */
  readonly sources: ReadonlyMap<string, string>;
}

export interface AuditOptions {
  readonly rules: readonly Rule[];
  readonly clusterRules: readonly ClusterRule[];
  /** The rule settings for a file (main.cf, an inventory file or a profile file), by its reported path. */
  readonly settingsFor?: (path: string) => RuleSettings;
  /** True for a profile file the config's `ignore` skips: it is neither read nor checked, nor compared. */
  readonly ignored?: (path: string) => boolean;
  /** Where a ProfileFile path of main.cf is read from: `--path-map` applied, as reported. */
  readonly locate: (profileFile: string) => string;
  /** Reads and decodes a profile file; rejects with the I/O error. */
  readonly readText: (path: string) => Promise<string>;
  /** False to check only main.cf and the inventory, not every node's file (`--node` with given files). */
  readonly profiles?: boolean;
  /** Fix the profile files in memory (--fix, --fix-unsafe, --fix-dry-run); writing is the caller's. */
  readonly fix?: FixMode;
  /** Called after each node's profile file is read and checked, with how many are done (for a progress bar). */
  readonly onProfileChecked?: (done: number) => void;
}

/**
 * The batch audit of a cluster: every LPAR resource of main.cf, on every node of its group, with the
 * node's profile file checked against that node's context; then the cluster rules, which compare
 * nodes and files. Returns the input files first (main.cf, inventory), then the profile files by
 * resource and node in SystemList order.
 */
export async function auditCluster(inputs: ClusterInputs, options: AuditOptions): Promise<FileResult[]> {
  const resolutions: ProfileResolution[] = [];
  const profileResults = new Map<ProfileResolution, FileResult>();
  for await (const { document, ...read } of resolveProfiles(inputs, options)) {
    if (!document || read.path === undefined) {
      resolutions.push(read);
    } else {
      const lintOptions = {
        path: read.path,
        rules: options.rules,
        ...options.settingsFor?.(read.path),
        node: nodeContext(read.node, inputs, read.resource),
      };
      const result = checkAndFix(document.source, (text) => (text === document.source ? lintDocument(document, lintOptions) : lintProfile(text, lintOptions)), options.fix);
      // The cluster rules see the file as it now is, so their positions match the report.
      const checked = result.source === document.source ? document : parseProfile(result.source);
      const resolution = { ...read, vioReferences: vioReferences(checked) };
      resolutions.push(resolution);
      profileResults.set(resolution, result);
    }
    options.onProfileChecked?.(resolutions.length);
  }

  const inputFindings = new Map<string, Diagnostic[]>([...inputs.sources.keys()].map((p) => [p, []]));
  const profileFindings = new Map<ProfileResolution, Diagnostic[]>();
  const lineIndexes = new Map<string, LineIndex>();
  const linesOf = (path: string, source: string): LineIndex => {
    let lines = lineIndexes.get(path);
    if (!lines) lineIndexes.set(path, (lines = new LineIndex(source)));
    return lines;
  };
  for (const rule of options.clusterRules) {
    const context: ClusterRuleContext = {
      ...(inputs.config ? { config: inputs.config } : {}),
      ...(inputs.inventory ? { inventory: inputs.inventory } : {}),
      resolutions,
      mainCfIssues: inputs.mainCfIssues,
      inventoryIssues: inputs.inventoryIssues,
      report(target, finding: Omit<Finding, 'ruleId'>) {
        if ('resource' in target) {
          const result = profileResults.get(target);
          if (!result) throw new Error(`${rule.meta.id} reported into a profile file that was not read`);
          const d = settle(rule.meta, finding, options.settingsFor?.(result.path).severities, linesOf(result.path, result.source));
          if (d) profileFindings.set(target, [...(profileFindings.get(target) ?? []), d]);
          return;
        }
        const source = inputs.sources.get(target.path);
        const list = inputFindings.get(target.path);
        if (source === undefined || !list) throw new Error(`${rule.meta.id} reported into ${target.path}, which is not an input file`);
        const d = settle(rule.meta, finding, options.settingsFor?.(target.path).severities, linesOf(target.path, source));
        if (d) list.push(d);
      },
    };
    rule.check(context);
  }

  const results: FileResult[] = [...inputs.sources].map(([path, source]) => ({
    path,
    source,
    diagnostics: (inputFindings.get(path) ?? []).sort(compareDiagnostics),
  }));
  for (const [resolution, result] of profileResults) {
    const extra = profileFindings.get(resolution) ?? [];
    results.push({ ...result, diagnostics: [...result.diagnostics, ...extra].sort(compareDiagnostics) });
  }
  return results;
}

/**
 * How many node profile files the audit goes through (every LPAR resource on every node of its group),
 * the total of its progress bar. Files the config's `ignore` skips are counted, so the bar may end short.
 */
export function auditedProfileCount(config: ClusterConfig): number {
  return config.lparResources.reduce((count, resource) => count + nodesOfResource(config, resource).length, 0);
}

/** The nodes an LPAR resource may run on: its group's SystemList, or every system when it has none. */
export function nodesOfResource(config: ClusterConfig, resource: LparResource): string[] {
  const group = groupsByName(config).get(resource.group);
  if (group && group.systemList.length > 0) return group.systemList.map((s) => s.value);
  return config.systems.map((s) => s.name);
}

/** A node's profile file as read, parsed; its document is dropped once the file is checked. */
type ProfileRead = ProfileResolution & { readonly document?: ProfileDocument };

/** Each node's profile file, read and parsed one at a time, so that the check of each follows its read. */
async function* resolveProfiles(inputs: ClusterInputs, options: AuditOptions): AsyncGenerator<ProfileRead> {
  const config = inputs.config;
  if (!config || options.profiles === false) return;
  for (const resource of config.lparResources) {
    for (const node of nodesOfResource(config, resource)) {
      const serverName = serverOfNode(node, inputs);
      const profileFile = valueForSystem(resource.profileFile, node);
      const base = { resource, node, ...(serverName !== undefined ? { serverName } : {}) };
      if (!profileFile) {
        yield base;
        continue;
      }
      const path = options.locate(profileFile.value);
      if (options.ignored?.(path)) continue;
      // Only reading may fail here: a parser failure is a bug, not an unreadable file.
      let text: string;
      try {
        text = await options.readText(path);
      } catch (error) {
        yield { ...base, profileFile, path, readError: explainReadError(error, 'file').reason };
        continue;
      }
      yield { ...base, profileFile, path, document: parseProfile(text) };
    }
  }
}

const groupIndexes = new WeakMap<ClusterConfig, ReadonlyMap<string, GroupDef>>();

/**
 * The config's service groups by name, made once per config: the audit, its progress total and the
 * report's cluster map ask for every resource's group, and a search of the group list each time is
 * quadratic in a main.cf of thousands of groups. The first of equal names wins, as a search would.
 */
function groupsByName(config: ClusterConfig): ReadonlyMap<string, GroupDef> {
  let index = groupIndexes.get(config);
  if (!index) {
    const byName = new Map<string, GroupDef>();
    for (const group of config.groups) if (!byName.has(group.name)) byName.set(group.name, group);
    groupIndexes.set(config, (index = byName));
  }
  return index;
}
