import { nearestNames } from '../../lint/helpers/nearest-names.js';
import type {
  DefinitionNode,
  GroupDependency,
  GroupNode,
  IncludeNode,
  MainCfDocument,
  MainCfIssue,
  Name,
  ResourceDependency,
  ResourceNode,
} from './ast.js';
import { parseBlock } from './block.js';
import { Cursor, DEFINITION_KEYWORDS, isName, nameOf, scalarOf, SKIPPED_KEYWORDS } from './cursor.js';
import { MainCfLexer, type Token } from './lex.js';

const EXPECTED_DEFINITION =
  'include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b)';

/** A group as it is being read: resources and dependencies are added until the next group. */
interface OpenGroup {
  readonly name: Name;
  readonly attributes: DefinitionNode['attributes'];
  readonly resources: ResourceNode[];
  readonly resourceDependencies: ResourceDependency[];
  readonly groupDependencies: GroupDependency[];
}

/**
 * Parses a VCS main.cf (vcs-lpar-agent.md §5). Never throws: a malformed definition is reported
 * (`issues`, each naming what was expected) and reading resumes at the next line or definition, so
 * the definitions after it are still read. Resources of every type are read; `type` blocks (types.cf
 * included inline) and GCO definitions are parsed only to be skipped. `include`d files are not read.
 */
export function parseMainCf(source: string): { document: MainCfDocument; issues: MainCfIssue[] } {
  const lexer = new MainCfLexer(source);
  const c = new Cursor(source, lexer);
  const includes: IncludeNode[] = [];
  const clusters: DefinitionNode[] = [];
  const systems: DefinitionNode[] = [];
  const groups: OpenGroup[] = [];

  while (c.peek().kind !== 'eof') {
    const t = c.peek();
    const group = groups.at(-1);
    if (t.kind !== 'word') {
      c.issue(`unexpected ${c.describe(t)}: expected a definition (${EXPECTED_DEFINITION})`, t.span);
      skipStatement(c);
      continue;
    }
    if (t.text === 'include') {
      const include = parseInclude(c);
      if (include) includes.push(include);
    } else if (t.text === 'cluster' || t.text === 'system' || SKIPPED_KEYWORDS.some((k) => k === t.text)) {
      const definition = parseDefinition(c);
      if (definition && t.text === 'cluster') clusters.push(definition);
      if (definition && t.text === 'system') systems.push(definition);
    } else if (t.text === 'group') {
      const definition = parseDefinition(c);
      if (definition) groups.push({ ...definition, resources: [], resourceDependencies: [], groupDependencies: [] });
    } else if (t.text === 'type') {
      parseType(c);
    } else if (t.text === 'requires') {
      const dependency = parseGroupDependency(c);
      if (dependency && inGroup(c, group, t, `the group dependency "requires group ${dependency.group.text}"`)) {
        group.groupDependencies.push(dependency);
      }
    } else if (c.peek(1).kind === 'word' && c.peek(1).text === 'requires' && c.onLine(t.line, 1)) {
      const dependency = parseResourceDependency(c);
      if (dependency && inGroup(c, group, t, `the dependency "${dependency.parent.text} requires ${dependency.child.text}"`)) {
        group.resourceDependencies.push(dependency);
      }
    } else if (isName(c.peek(1)) && c.onLine(t.line, 1) && c.peek(2).kind === '(') {
      parseResource(c, group);
    } else {
      reportUnknown(c, t);
      skipStatement(c);
      continue;
    }
    expectLineEnd(c);
  }
  c.issues.unshift(...lexer.issues);
  c.issues.sort((a, b) => a.span.start - b.span.start);
  return { document: { includes, clusters, systems, groups }, issues: c.issues };
}

/** `include "types.cf"` (a bare file name is taken too). */
function parseInclude(c: Cursor): IncludeNode | undefined {
  const keyword = c.next();
  if (!isName(c.peek()) || !c.onLine(keyword.line)) {
    c.issue('expected a file name after include, as in include "types.cf"', keyword.span);
    return undefined;
  }
  const file = scalarOf(c.next());
  return { file, span: { start: keyword.span.start, end: file.span.end } };
}

/** `keyword name [( ... )]`: cluster, system, group and the skipped GCO definitions. */
function parseDefinition(c: Cursor): DefinitionNode | undefined {
  const keyword = c.next();
  if (!isName(c.peek()) || !c.onLine(keyword.line)) {
    c.issue(`expected a name after "${keyword.text}"`, keyword.span);
    c.skipLine(keyword.line);
    return undefined;
  }
  const name = nameOf(c.next());
  const attributes = c.peek().kind === '(' ? parseBlock(c, `${keyword.text} ${name.text}`) : [];
  return { name, attributes };
}

/** `Type name ( ... )`: kept when inside a group, reported and dropped before the first group. */
function parseResource(c: Cursor, group: OpenGroup | undefined): void {
  const type = c.next();
  const name = nameOf(c.next());
  const attributes = parseBlock(c, `resource ${name.text}`);
  if (group) {
    group.resources.push({ type: nameOf(type), name, attributes });
    return;
  }
  const keyword = nearestNames(type.text, DEFINITION_KEYWORDS).names[0];
  c.issue(
    keyword
      ? `unknown keyword "${type.text}": did you mean "${keyword}"?`
      : `resource ${name.text} (${type.text}) comes before any group: expected "group NAME ( ... )" before it`,
    type.span,
  );
}

/** `a requires b`. */
function parseResourceDependency(c: Cursor): ResourceDependency | undefined {
  const parent = nameOf(c.next());
  const requires = c.next();
  if (!isName(c.peek()) || !c.onLine(requires.line)) {
    c.issue(`expected a resource name after "${parent.text} requires"`, requires.span);
    return undefined;
  }
  return { parent, child: nameOf(c.next()) };
}

/** `requires group G2 online local firm`: the words after the group name are kept as written. */
function parseGroupDependency(c: Cursor): GroupDependency | undefined {
  const requires = c.next();
  const keyword = c.peek();
  if (keyword.kind !== 'word' || keyword.text !== 'group' || !c.onLine(requires.line)) {
    c.issue('expected "group" after requires, as in requires group G2 online local firm (or a resource before it: a requires b)', requires.span);
    c.skipLine(requires.line);
    return undefined;
  }
  c.next();
  if (!isName(c.peek()) || !c.onLine(requires.line)) {
    c.issue('expected a group name after "requires group"', keyword.span);
    return undefined;
  }
  const group = nameOf(c.next());
  const qualifiers: Name[] = [];
  while (c.peek().kind === 'word' && c.onLine(requires.line)) qualifiers.push(nameOf(c.next()));
  return { group, qualifiers };
}

/** `type Name ( ... )` as in types.cf: the declarations are not needed, only skipped. */
function parseType(c: Cursor): void {
  const keyword = c.next();
  if (!isName(c.peek()) || !c.onLine(keyword.line)) {
    c.issue('expected a type name after "type"', keyword.span);
    c.skipLine(keyword.line);
    return;
  }
  const name = c.next();
  if (c.peek().kind === '(') skipBalanced(c, `the definition of type ${name.text}`);
}

/**
 * Skips from a `(` to its `)`. An unclosed one is reported and ends at the next definition, as an
 * attribute block does.
 */
function skipBalanced(c: Cursor, what: string): void {
  const open = c.next();
  let depth = 1;
  for (;;) {
    const t = c.peek();
    if (t.kind === 'eof' || (t.lineStart && c.startsDefinition())) {
      c.issue(`unclosed "(": ${what} is not closed; expected ")"`, open.span);
      return;
    }
    c.next();
    if (t.kind === '(') depth++;
    if (t.kind === ')' && --depth === 0) return;
  }
}

/** Skips the rest of a line that could not be read, with the block it opens, if any. */
function skipStatement(c: Cursor): void {
  const line = c.peek().line;
  while (c.onLine(line)) {
    if (c.peek().kind === '(') skipBalanced(c, 'the block opened on this line');
    else c.next();
  }
}

/** Resources and dependencies belong to the group defined before them. */
function inGroup(c: Cursor, group: OpenGroup | undefined, at: Token, what: string): group is OpenGroup {
  if (!group) c.issue(`${what} comes before any group: expected it after the "group" it belongs to`, at.span);
  return group !== undefined;
}

function reportUnknown(c: Cursor, t: Token): void {
  const after = c.peek(1);
  if ((after.kind === '=' || after.kind === '@') && c.onLine(t.line, 1)) {
    c.issue(`attribute ${t.text} outside an attribute block: expected it between the "(" and ")" of a definition`, t.span);
    return;
  }
  const keyword = nearestNames(t.text, DEFINITION_KEYWORDS).names[0];
  const hint = keyword ? ` (did you mean "${keyword}"?)` : '';
  c.issue(`unknown keyword "${t.text}"${hint}: expected ${EXPECTED_DEFINITION}`, t.span);
}

/** A definition ends its line: anything after it there is reported and skipped. */
function expectLineEnd(c: Cursor): void {
  const line = c.last.line;
  if (!c.onLine(line)) return;
  c.issue(`unexpected ${c.describe(c.peek())}: expected the end of the line`, c.peek().span);
  skipStatement(c);
}
