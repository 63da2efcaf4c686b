import { LineIndex, type Span } from '../core/span.js';
import type { Attribute, DefinitionNode, GroupNode, MainCfIssue, Name, ResourceNode, Scalar } from '../parse/maincf/ast.js';
import { attributeLabel, attributeLabelSpan } from '../parse/maincf/block.js';
import { parseMainCf } from '../parse/maincf/parse.js';
import { booleanValue, integerOf, listValue, scalarValue } from '../parse/maincf/values.js';
import type { ClusterConfig, GroupDef, Located, LparResource, PerSystem, SystemDef } from './model.js';

/** The resource type of the VCS LPAR agent (vcs-lpar-agent.md §1). */
const LPAR_TYPE = 'LPAR';

/**
 * Reads what lparlint needs of a VCS main.cf: the cluster name, the systems with their
 * `PhysicalServer` (a system attribute, vcs-lpar-agent.md §1.2), each group's `SystemList`, and each
 * LPAR resource's `LPARName`, `VIOSName`, `ProfileFile` and `RemoveProfileOnOffline`, global or per
 * system (`Attr@sys`). Never throws: syntax errors and values of the wrong shape come back as issues
 * (sorted by position); what could still be read is in `config`.
 */
export function readClusterConfig(path: string, source: string): { config: ClusterConfig; issues: MainCfIssue[] } {
  const { document, issues } = parseMainCf(source);
  const lines = new LineIndex(source);
  const newSystem = uniqueNames('system', lines, issues);
  const newGroup = uniqueNames('group', lines, issues);
  const newResource = uniqueNames('resource', lines, issues);

  const systems = document.systems.filter((s) => newSystem(s.name)).map((s) => readSystem(s, issues));
  const groupNodes = document.groups.filter((g) => newGroup(g.name));
  const groups = groupNodes.map((g) => readGroup(g, issues));
  const lparResources = groupNodes.flatMap((group) =>
    group.resources.filter((r) => newResource(r.name) && r.type.text === LPAR_TYPE).map((r) => readLparResource(r, group, issues)),
  );
  issues.sort((a, b) => a.span.start - b.span.start);
  const clusterName = document.clusters[0]?.name.text;
  return {
    config: { path, source, ...(clusterName !== undefined ? { clusterName } : {}), systems, groups, lparResources },
    issues,
  };
}

/**
 * A filter that passes the first definition of each name and reports the later ones: VCS names
 * resources uniquely in the cluster (vcs-lpar-agent.md §5), and systems and groups likewise.
 */
function uniqueNames(kind: string, lines: LineIndex, issues: MainCfIssue[]): (name: Name) => boolean {
  const seen = new Map<string, Span>();
  return (name) => {
    const first = seen.get(name.text);
    if (!first) {
      seen.set(name.text, name.span);
      return true;
    }
    const line = lines.position(first.start).line;
    issues.push({ message: `${kind} ${name.text} is defined twice (first on line ${line}): expected each name once; lparlint reads the first`, span: name.span });
    return false;
  };
}

function located(scalar: Scalar): Located<string> {
  return { value: scalar.value, span: scalar.span };
}

function readSystem(system: DefinitionNode, issues: MainCfIssue[]): SystemDef {
  const owner = `system ${system.name.text}`;
  const attribute = globalAttribute(system.attributes, 'PhysicalServer', owner, 'it is an attribute of the system already', issues);
  const server = attribute && scalarValue(attribute, owner, 'one managed system name', issues);
  return { name: system.name.text, span: system.name.span, ...(server ? { physicalServer: located(server) } : {}) };
}

/** SystemList: `{ a = 0, b = 1 }` (sorted by priority), or the plain list `{ a, b }` in its order. */
function readGroup(group: GroupNode, issues: MainCfIssue[]): GroupDef {
  const owner = `group ${group.name.text}`;
  const base = { name: group.name.text, span: group.name.span };
  const attribute = globalAttribute(group.attributes, 'SystemList', owner, 'it lists the systems itself', issues);
  if (!attribute) return { ...base, systemList: [] };
  const value = attribute.value;
  let systems: Scalar[];
  if (value.kind === 'association') {
    systems = byPriority(value.entries, owner, issues);
  } else {
    systems = [...(listValue(attribute, owner, 'systems and priorities ({ sys1 = 0, sys2 = 1 })', issues)?.items ?? [])];
  }
  return { ...base, systemList: systems.map(located), systemListSpan: attribute.span };
}

/** The systems in priority order (lowest first); in file order when a priority is not an integer. */
function byPriority(entries: readonly { key: Scalar; value: Scalar }[], owner: string, issues: MainCfIssue[]): Scalar[] {
  const bad = entries.filter((e) => integerOf(e.value) === undefined);
  for (const e of bad) {
    issues.push({ message: `SystemList in ${owner}: expected an integer priority for ${e.key.value}, found ${e.value.value || '""'}`, span: e.value.span });
  }
  const ordered = bad.length > 0 ? [...entries] : [...entries].sort((a, b) => (integerOf(a.value) ?? 0) - (integerOf(b.value) ?? 0));
  return ordered.map((e) => e.key);
}

function readLparResource(resource: ResourceNode, group: GroupNode, issues: MainCfIssue[]): LparResource {
  const owner = `resource ${resource.name.text}`;
  const attrs = resource.attributes;
  const lparAttribute = globalAttribute(attrs, 'LPARName', owner, 'a partition keeps its name on every server', issues);
  const lparName = lparAttribute && scalarValue(lparAttribute, owner, 'one partition name', issues);
  return {
    name: resource.name.text,
    span: resource.name.span,
    group: group.name.text,
    ...(lparName ? { lparName: located(lparName) } : {}),
    viosName: perSystem(attrs, 'VIOSName', (a) => {
      const list = listValue(a, owner, 'a list of VIO server names ({ vios1, vios2 })', issues);
      return list && { value: list.items.map((i) => i.value), span: list.span };
    }),
    // An empty string is VCS's unset value: no file for that system.
    profileFile: perSystem(attrs, 'ProfileFile', (a) => {
      const file = scalarValue(a, owner, 'one path in quotes', issues);
      return file && file.value !== '' ? located(file) : undefined;
    }),
    removeProfileOnOffline: perSystem(attrs, 'RemoveProfileOnOffline', (a) => booleanValue(a, owner, issues)),
  };
}

/** An attribute that may be global or per system (`Attr@sys`); the parser has dropped repeats. */
function perSystem<T>(attributes: readonly Attribute[], name: string, read: (a: Attribute) => Located<T> | undefined): PerSystem<T> {
  let global: Located<T> | undefined;
  const bySystem = new Map<string, Located<T>>();
  for (const attribute of attributes) {
    if (attribute.name.text !== name) continue;
    const value = read(attribute);
    if (!value) continue;
    if (attribute.system) bySystem.set(attribute.system.text, value);
    else global = value;
  }
  return global ? { global, bySystem } : { bySystem };
}

/** The global setting of an attribute that has one value for all systems; `@sys` forms are reported. */
function globalAttribute(
  attributes: readonly Attribute[],
  name: string,
  owner: string,
  why: string,
  issues: MainCfIssue[],
): Attribute | undefined {
  for (const a of attributes) {
    if (a.name.text === name && a.system) {
      issues.push({
        message: `${attributeLabel(a)} in ${owner}: expected ${name} without "@${a.system.text}", one value for all systems (${why}); lparlint ignores this one`,
        span: attributeLabelSpan(a),
      });
    }
  }
  return attributes.find((a) => a.name.text === name && !a.system);
}
