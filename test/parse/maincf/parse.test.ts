import { describe, expect, it } from 'vitest';
import type { Attribute, DefinitionNode, MainCfDocument, Value } from '../../../src/parse/maincf/ast.js';
import { parseMainCf } from '../../../src/parse/maincf/parse.js';
import { issuesAt, maincfFixture, where } from './where.js';

/** A value as written, normalised: `"quoted"`, `bare`, `[a, b]`, `{k=v, k2=v2}`. */
function show(value: Value): string {
  if (value.kind === 'scalar') return value.quoted ? JSON.stringify(value.value) : value.value;
  if (value.kind === 'list') return `[${value.items.map(show).join(', ')}]`;
  return `{${value.entries.map((e) => `${show(e.key)}=${show(e.value)}`).join(', ')}}`;
}

function attributes(definition: DefinitionNode): string[] {
  return definition.attributes.map((a: Attribute) => `${a.name.text}${a.system ? `@${a.system.text}` : ''} = ${show(a.value)}`);
}

/** The document's outline: definitions with their attributes, groups with resources and dependencies. */
function outline(document: MainCfDocument): object {
  return {
    includes: document.includes.map((i) => show(i.file)),
    clusters: document.clusters.map((c) => ({ [c.name.text]: attributes(c) })),
    systems: document.systems.map((s) => ({ [s.name.text]: attributes(s) })),
    groups: document.groups.map((g) => ({
      name: g.name.text,
      attributes: attributes(g),
      resources: g.resources.map((r) => ({ [`${r.type.text} ${r.name.text}`]: attributes(r) })),
      requires: [
        ...g.resourceDependencies.map((d) => `${d.parent.text} requires ${d.child.text}`),
        ...g.groupDependencies.map((d) => `requires group ${d.group.text} ${d.qualifiers.map((k) => k.text).join(' ')}`),
      ],
    })),
  };
}

describe('parseMainCf: valid files', () => {
  const source = maincfFixture('every-form.cf');
  const { document, issues } = parseMainCf(source);

  it('reads every form without an issue', () => {
    expect(issues).toEqual([]);
    expect(outline(document)).toEqual({
      includes: ['"types.cf"', '"OracleTypes.cf"'],
      clusters: [
        {
          powerclus: [
            'UserNames = {admin=cDRpdxPmHzpS, "ops user"="a\\"b\\\\c"}',
            'Administrators = [admin]',
            'ClusterAddress = "10.10.1.20"',
            'CounterInterval = 5',
          ],
        },
      ],
      systems: [
        { lpar101: ['PhysicalServer = "Server-8284-22A-SN1234567"'] },
        { lpar201: ['PhysicalServer = Server-8284-22A-SN7654321'] },
        { lpar301: [] },
      ],
      groups: [
        {
          name: 'lpar05_grp',
          attributes: [
            'SystemList = {lpar201=1, lpar101=0}',
            'AutoStartList = [lpar101]',
            'SysDownPolicy = ["AutoDisableNoOffline"]',
            'OnlineRetryLimit = -1',
          ],
          resources: [
            {
              'LPAR lpar05_res': [
                'LPARName = lpar05',
                'MCName = [hmc1, hmc2]',
                'MCUser = [hscroot, hscroot]',
                'VIOSName@lpar101 = [vio_server1, vio_server2]',
                'VIOSName@lpar201 = [vio_server3, vio_server4]',
                'ProfileFile@lpar101 = "/configfile/lpar05_on_physical_server_01.cfg"',
                'ProfileFile@lpar201 = /configfile/lpar05_on_physical_server_02.cfg',
                'RemoveProfileOnOffline = 1',
              ],
            },
            { 'NIC mgmt_nic': ['Device@lpar101 = en0', 'Device@lpar201 = en1', 'NetworkHosts = ["10.10.1.1"]'] },
            { 'Phantom lpar05_phantom': [] },
          ],
          requires: ['lpar05_res requires mgmt_nic'],
        },
        {
          name: 'app_grp',
          attributes: [
            'SystemList = [lpar101, lpar201]',
            'SystemZones = {lpar101=0, lpar201=1}',
            'Administrators = []',
            'UserStrGlobal = ""',
          ],
          resources: [{ 'Application app': ['StartProgram = "/opt/app/bin/start"'] }],
          requires: ['requires group lpar05_grp online local firm'],
        },
      ],
    });
  });

  it('gives exact spans of names, per-system names and values', () => {
    const lpar = document.groups[0]?.resources[0];
    const at = (a: Attribute | undefined) =>
      a && { name: where(source, a.name.span), system: a.system && where(source, a.system.span), value: where(source, a.value.span), all: where(source, a.span) };
    expect(where(source, lpar?.type.span ?? { start: 0, end: 0 })).toBe('29:2-29:6');
    expect(where(source, lpar?.name.span ?? { start: 0, end: 0 })).toBe('29:7-29:17');
    // `VIOSName @lpar101` (blank before @) and `ProfileFile@lpar201` (none).
    expect(at(lpar?.attributes[3])).toEqual({ name: '33:3-33:11', system: '33:13-33:20', value: '33:23-33:51', all: '33:3-33:51' });
    expect(at(lpar?.attributes[6])).toEqual({ name: '36:3-36:14', system: '36:15-36:22', value: '36:25-36:69', all: '36:3-36:69' });
    // A quoted value's span holds its quotes.
    expect(at(lpar?.attributes[5])?.value).toBe('35:26-35:72');
    // A list over two lines spans from { to }.
    expect(at(document.groups[1]?.attributes[1])?.value).toBe('63:16-64:16');
    expect(where(source, document.includes[1]?.span ?? { start: 0, end: 0 })).toBe('3:1-3:25');
  });

  it('skips type blocks (types.cf declarations, [] and {} forms) and reads what follows', () => {
    const { document: typed, issues: typeIssues } = parseMainCf(maincfFixture('types-inline.cf'));
    expect(typeIssues).toEqual([]);
    expect(outline(typed)).toMatchObject({ clusters: [{ c2: [] }], systems: [{ nodeA: [] }], groups: [] });
  });

  it('reads one-line blocks, a ( on the next line, quoted names and skipped GCO definitions', () => {
    const text = [
      'remotecluster rc2 (',
      '\tClusterAddress = "10.2.0.1"',
      '\t)',
      'heartbeat Icmp (',
      '\tClusterList = { rc2 }',
      '\tArguments @rc2 = { "10.2.0.1" }',
      '\t)',
      'system "s1" ( PhysicalServer = ms1 )',
      'system s2',
      '(',
      ')',
      'group g ( SystemList = { "s1" = 0, s2 = 1 } )',
      '\tLPAR r ( LPARName = p )',
    ].join('\n');
    const { document: d, issues: i } = parseMainCf(text);
    expect(i).toEqual([]);
    expect(outline(d)).toEqual({
      includes: [],
      clusters: [],
      systems: [{ s1: ['PhysicalServer = ms1'] }, { s2: [] }],
      groups: [{ name: 'g', attributes: ['SystemList = {"s1"=0, s2=1}'], resources: [{ 'LPAR r': ['LPARName = p'] }], requires: [] }],
    });
  });

  it('reads an empty file and a file of comments as an empty document', () => {
    for (const text of ['', '// only a comment\n\n  // another\n']) {
      expect(parseMainCf(text)).toEqual({ document: { includes: [], clusters: [], systems: [], groups: [] }, issues: [] });
    }
  });
});

/** Parses `lines` joined with newlines; returns the issues as `position message` and the outline. */
function broken(lines: readonly string[]): { issues: string[]; outline: ReturnType<typeof outline> } {
  const text = lines.join('\n');
  const { document, issues } = parseMainCf(text);
  return { issues: issuesAt(text, issues), outline: outline(document) };
}

describe('parseMainCf: broken files are reported at the fault and reading goes on', () => {
  it('an unclosed ( ends at the next definition', () => {
    const r = broken(['system a (', '\tPhysicalServer = ms1', '', 'group g (', '\tSystemList = { a }', '\t)']);
    expect(r.issues).toEqual(['1:10-1:11 unclosed "(": the attribute block of system a is not closed; expected ")" before "group" on line 4']);
    expect(r.outline).toMatchObject({ systems: [{ a: ['PhysicalServer = ms1'] }], groups: [{ name: 'g', attributes: ['SystemList = [a]'] }] });
  });

  it('an unclosed ( at the end of the file', () => {
    expect(broken(['group g (', '\tSystemList = { a }']).issues).toEqual([
      '1:9-1:10 unclosed "(": the attribute block of group g is not closed; expected ")" before the end of the file',
    ]);
  });

  it('an unclosed { ends at the next attribute, at a ) or at the end of the file', () => {
    const r = broken([
      'group g (',
      '\tSystemList = { a = 0, b = 1',
      '\tAutoStartList = { a',
      '\tSysDownPolicy@a = { x',
      '\tParallel = 0 )',
      '\tLPAR r ( VIOSName = { v1',
    ]);
    expect(r.issues).toEqual([
      '2:15-2:16 unclosed "{": expected "}" to end the value of SystemList in group g',
      '3:18-3:19 unclosed "{": expected "}" to end the value of AutoStartList in group g',
      '4:20-4:21 unclosed "{": expected "}" to end the value of SysDownPolicy@a in group g',
      '6:9-6:10 unclosed "(": the attribute block of resource r is not closed; expected ")" before the end of the file',
      '6:22-6:23 unclosed "{": expected "}" to end the value of VIOSName in resource r',
    ]);
    expect(r.outline).toMatchObject({
      groups: [
        {
          attributes: ['SystemList = {a=0, b=1}', 'AutoStartList = [a]', 'SysDownPolicy@a = [x]', 'Parallel = 0'],
          resources: [{ 'LPAR r': ['VIOSName = [v1]'] }],
        },
      ],
    });
  });

  it('a missing =, a missing value, a missing system name after @', () => {
    const r = broken([
      'system a (',
      '\tPhysicalServer "ms1"',
      '\tPhysicalServer',
      '\tPhysicalServer =',
      '\tPhysicalServer@ = x',
      '\tOther = 1',
      // The ) is read as the end of the block, not as a value.
      '\tPhysicalServer = )',
      'system b',
    ]);
    expect(r.issues).toEqual([
      '2:17-2:22 expected "=" after PhysicalServer in system a, found "ms1"',
      '3:2-3:16 expected "=" and a value after PhysicalServer in system a',
      '4:17-4:18 expected a value after the "=" of PhysicalServer in system a',
      '5:16-5:17 expected a system name after "PhysicalServer@" in system a (as in PhysicalServer@lpar101 = ...)',
      '7:19-7:20 expected a value after the "=" of PhysicalServer in system a, found ")"',
    ]);
    expect(r.outline).toMatchObject({ systems: [{ a: ['Other = 1'] }, { b: [] }] });
  });

  it('text after a value, stray tokens in a block and in a list, a list item without its value', () => {
    const r = broken([
      'group g (',
      '\tMountOpt = ro, log',
      '\t} Stray = 1',
      '\tSystemList = { a = 0, b, = c = 1 }',
      '\tAutoStartList = { a = }',
      '\t)',
    ]);
    expect(r.issues).toEqual([
      '2:15-2:16 unexpected "," after the value of MountOpt in group g: expected the end of the line (a value that holds blanks or commas must be quoted)',
      '3:2-3:3 unexpected "}" in the attribute block of group g: expected an attribute (Name = value) or ")"',
      '4:24-4:25 expected "= value" after b in the value of SystemList in group g: the other items of this association have values',
      '4:27-4:28 unexpected "=" in the value of SystemList in group g: expected an item, "," or "}"',
      '5:22-5:23 expected a value after "a =" in the value of AutoStartList in group g',
    ]);
    expect(r.outline).toMatchObject({
      groups: [{ attributes: ['MountOpt = ro', 'SystemList = {a=0, c=1}', 'AutoStartList = []'] }],
    });
  });

  it('an attribute set twice for the same system keeps the first', () => {
    const r = broken(['group g (', ')', '\tLPAR r (', '\t\tProfileFile@a = "/x"', '\t\tProfileFile @b = "/y"', '\t\tProfileFile = "/z"', '\t\t)']);
    expect(r.issues).toEqual([]);
    const twice = broken(['group g (', ')', '\tLPAR r (', '\t\tProfileFile@a = "/x"', '\t\tProfileFile @a = "/y"', '\t\t)']);
    expect(twice.issues).toEqual(['5:3-5:17 ProfileFile@a is set twice in resource r (first on line 4): expected it once; lparlint reads the first']);
    expect(twice.outline).toMatchObject({ groups: [{ resources: [{ 'LPAR r': ['ProfileFile@a = "/x"'] }] }] });
  });

  it('unknown keywords, attributes and stray tokens at the top level, skipping the block they open', () => {
    const r = broken([
      'sytem a',
      'System b (',
      '\tPhysicalServer = ms1',
      '\t)',
      'Foo bar baz (',
      '\tX = 1',
      '\t)',
      'PhysicalServer = ms1',
      ') “group”',
      'system c',
    ]);
    expect(r.issues).toEqual([
      '1:1-1:6 unknown keyword "sytem" (did you mean "system"?): expected include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b)',
      '2:1-2:7 unknown keyword "System": did you mean "system"?',
      '5:1-5:4 unknown keyword "Foo": expected include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b)',
      '8:1-8:15 attribute PhysicalServer outside an attribute block: expected it between the "(" and ")" of a definition',
      '9:1-9:2 unexpected ")": expected a definition (include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b))',
    ]);
    expect(r.outline).toMatchObject({ systems: [{ c: [] }] });
  });

  it('resources and dependencies before any group, and broken dependency lines', () => {
    const r = broken([
      'LPAR r (',
      '\tLPARName = p',
      '\t)',
      'r requires nic',
      'requires group g2 online local firm',
      'group g (',
      ')',
      '\tr requires',
      '\trequires g2',
      '\trequires group',
      '\tr requires nic extra',
      '\trequires group g2 online local firm',
    ]);
    expect(r.issues).toEqual([
      '1:1-1:5 resource r (LPAR) comes before any group: expected "group NAME ( ... )" before it',
      '4:1-4:2 the dependency "r requires nic" comes before any group: expected it after the "group" it belongs to',
      '5:1-5:9 the group dependency "requires group g2" comes before any group: expected it after the "group" it belongs to',
      '8:4-8:12 expected a resource name after "r requires"',
      '9:2-9:10 expected "group" after requires, as in requires group G2 online local firm (or a resource before it: a requires b)',
      '10:11-10:16 expected a group name after "requires group"',
      '11:17-11:22 unexpected "extra": expected the end of the line',
    ]);
    expect(r.outline).toMatchObject({
      groups: [{ resources: [], requires: ['r requires nic', 'requires group g2 online local firm'] }],
    });
  });

  it('a keyword without its name, an include without a file, an unclosed type block', () => {
    const r = broken(['include', 'system', 'group (', 'type', 'type T (', '\tstr X[]', 'cluster c']);
    expect(r.issues).toEqual([
      '1:1-1:8 expected a file name after include, as in include "types.cf"',
      '2:1-2:7 expected a name after "system"',
      '3:1-3:6 expected a name after "group"',
      '4:1-4:5 expected a type name after "type"',
      '5:8-5:9 unclosed "(": the definition of type T is not closed; expected ")"',
    ]);
    expect(r.outline).toMatchObject({ clusters: [{ c: [] }], groups: [] });
  });

  it('an unterminated string and a typographic quote', () => {
    const r = broken(['system a (', '\tPhysicalServer = "ms1', '\t)', 'system b (', '\tPhysicalServer = “ms2”', '\t)']);
    expect(r.issues).toEqual([
      '2:19-2:23 unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
      '5:19-5:20 expected a value after the "=" of PhysicalServer in system b, found "“" (U+201C)',
    ]);
    expect(r.outline).toMatchObject({ systems: [{ a: ['PhysicalServer = "ms1"'] }, { b: [] }] });
  });

  it('the broken fixture: every fault reported in order, every later definition still read', () => {
    const source = maincfFixture('broken.cf');
    const { document, issues } = parseMainCf(source);
    expect(issuesAt(source, issues)).toEqual([
      '3:19-3:30 unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
      '6:1-6:6 unknown keyword "sytem": did you mean "system"?',
      '11:17-11:27 expected "=" after PhysicalServer in system lpar101b, found "Server-B"',
      '14:16-14:17 unclosed "(": the attribute block of system lpar201 is not closed; expected ")" before "group" on line 17',
      '18:15-18:16 unclosed "{": expected "}" to end the value of SystemList in group lpar05_grp',
      '23:21-23:26 unexpected "extra" after the value of LPARName in resource lpar05_res: expected the end of the line (a value that holds blanks or commas must be quoted)',
      '27:3-27:11 LPARName is set twice in resource lpar05_res (first on line 23): expected it once; lparlint reads the first',
      '30:13-30:21 expected a resource name after "lpar05_res requires"',
      '31:2-31:3 unexpected ")": expected a definition (include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b))',
    ]);
    expect(outline(document)).toMatchObject({
      clusters: [{ broken: ['ClusterAddress = "10.10.1.20"'] }],
      systems: [{ lpar101b: [] }, { lpar201: ['PhysicalServer = "Server-C"'] }],
      groups: [{ name: 'lpar05_grp', attributes: ['SystemList = {lpar101b=0, lpar201=1}', 'AutoStartList = [lpar101b]'] }],
    });
  });
});
