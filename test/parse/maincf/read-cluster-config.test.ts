import { describe, expect, it } from 'vitest';
import { readClusterConfig } from '../../../src/cluster/from-maincf.js';
import { type ClusterConfig, type Located, type PerSystem, valueForSystem } from '../../../src/cluster/model.js';
import { issuesAt, maincfFixture, where } from './where.js';

/** A located value as `value @ line:column-endLine:endColumn`. */
function at<T>(source: string, located: Located<T> | undefined): string | undefined {
  return located && `${JSON.stringify(located.value)} @ ${where(source, located.span)}`;
}

function perSystem<T>(source: string, attribute: PerSystem<T>): object {
  return {
    global: at(source, attribute.global),
    bySystem: Object.fromEntries([...attribute.bySystem].map(([system, v]) => [system, at(source, v)])),
  };
}

/** The config with every span shown as a position. */
function outline(config: ClusterConfig): object {
  const s = config.source;
  return {
    clusterName: config.clusterName,
    systems: config.systems.map((x) => ({ name: x.name, at: where(s, x.span), physicalServer: at(s, x.physicalServer) })),
    groups: config.groups.map((g) => ({
      name: g.name,
      at: where(s, g.span),
      systemList: g.systemList.map((x) => at(s, x)),
      systemListSpan: g.systemListSpan && where(s, g.systemListSpan),
    })),
    lparResources: config.lparResources.map((r) => ({
      name: r.name,
      at: where(s, r.span),
      group: r.group,
      lparName: at(s, r.lparName),
      viosName: perSystem(s, r.viosName),
      profileFile: perSystem(s, r.profileFile),
      removeProfileOnOffline: perSystem(s, r.removeProfileOnOffline),
    })),
  };
}

function read(lines: readonly string[]): { config: ClusterConfig; issues: string[] } {
  const text = lines.join('\n');
  const { config, issues } = readClusterConfig('main.cf', text);
  return { config, issues: issuesAt(text, issues) };
}

describe('readClusterConfig', () => {
  it('reads the systems, groups and LPAR resources of a two-node cluster, per-system values included', () => {
    const source = maincfFixture('every-form.cf');
    const { config, issues } = readClusterConfig('cf/main.cf', source);
    expect(issues).toEqual([]);
    expect(config.path).toBe('cf/main.cf');
    expect(config.source).toBe(source);
    expect(outline(config)).toEqual({
      clusterName: 'powerclus',
      systems: [
        { name: 'lpar101', at: '12:8-12:15', physicalServer: '"Server-8284-22A-SN1234567" @ 13:19-13:46' },
        { name: 'lpar201', at: '16:8-16:15', physicalServer: '"Server-8284-22A-SN7654321" @ 17:19-17:44' },
        { name: 'lpar301', at: '20:8-20:15', physicalServer: undefined },
      ],
      groups: [
        {
          name: 'lpar05_grp',
          at: '22:7-22:17',
          // Sorted by priority: lpar101 = 0 comes first although written second.
          systemList: ['"lpar101" @ 23:30-23:37', '"lpar201" @ 23:17-23:24'],
          systemListSpan: '23:2-23:43',
        },
        { name: 'app_grp', at: '61:7-61:14', systemList: ['"lpar101" @ 62:17-62:24', '"lpar201" @ 62:26-62:33'], systemListSpan: '62:2-62:35' },
      ],
      lparResources: [
        {
          name: 'lpar05_res',
          at: '29:7-29:17',
          group: 'lpar05_grp',
          lparName: '"lpar05" @ 30:14-30:20',
          viosName: {
            global: undefined,
            bySystem: {
              lpar101: '["vio_server1","vio_server2"] @ 33:23-33:51',
              lpar201: '["vio_server3","vio_server4"] @ 34:22-34:50',
            },
          },
          profileFile: {
            global: undefined,
            bySystem: {
              lpar101: '"/configfile/lpar05_on_physical_server_01.cfg" @ 35:26-35:72',
              lpar201: '"/configfile/lpar05_on_physical_server_02.cfg" @ 36:25-36:69',
            },
          },
          removeProfileOnOffline: { global: '1 @ 37:28-37:29', bySystem: {} },
        },
      ],
    });
  });

  it('reads a global ProfileFile, a single VIOSName as a list of one, and a group without SystemList', () => {
    const source = maincfFixture('global-profile.cf');
    const { config, issues } = readClusterConfig('main.cf', source);
    expect(issues).toEqual([]);
    expect(outline(config)).toMatchObject({
      groups: [{ name: 'lpar07_grp', at: '10:7-10:17', systemList: [], systemListSpan: undefined }],
      lparResources: [
        {
          group: 'lpar07_grp',
          lparName: '"lpar07" @ 15:14-15:22',
          viosName: { global: '["vios1"] @ 16:14-16:19', bySystem: {} },
          profileFile: { global: '"/configfile/lpar07.cfg" @ 17:17-17:41', bySystem: {} },
          removeProfileOnOffline: { global: undefined, bySystem: { nodeB: '0 @ 18:35-18:36' } },
        },
      ],
    });
    // The global value is every system's value.
    const resource = config.lparResources[0];
    expect(resource && valueForSystem(resource.profileFile, 'nodeA')?.value).toBe('/configfile/lpar07.cfg');
    expect(resource && valueForSystem(resource.removeProfileOnOffline, 'nodeA')).toBeUndefined();
  });

  it('a per-system value wins over the global one; an empty ProfileFile is no file', () => {
    const { config, issues } = read([
      'group g ( SystemList = { a, b, c } )',
      '\tLPAR r (',
      '\t\tProfileFile = "/cfg/all.cfg"',
      '\t\tProfileFile@a = "/cfg/a.cfg"',
      '\t\tProfileFile@b = ""',
      '\t\t)',
    ]);
    expect(issues).toEqual([]);
    const r = config.lparResources[0];
    expect(['a', 'b', 'c'].map((n) => r && valueForSystem(r.profileFile, n)?.value)).toEqual(['/cfg/a.cfg', '/cfg/all.cfg', '/cfg/all.cfg']);
    expect(r?.profileFile.bySystem.has('b')).toBe(false);
  });

  it('reads only LPAR resources, with the group they are in', () => {
    const { config } = read([
      'group g1 ( )',
      '\tNIC nic ( Device = en0 )',
      '\tLPAR r1 ( LPARName = p1 )',
      'group g2 ( )',
      '\tlpar r2 ( LPARName = p2 )',
      '\tLPAR r3 ( )',
    ]);
    expect(config.lparResources.map((r) => [r.name, r.group, r.lparName?.value])).toEqual([
      ['r1', 'g1', 'p1'],
      ['r3', 'g2', undefined],
    ]);
  });

  it('reports values of the wrong shape and reads what it can', () => {
    const { config, issues } = read([
      'system a ( PhysicalServer = { ms1, ms2 } )',
      'group g (',
      '\tSystemList = { a = 0, b = first }',
      '\t)',
      '\tLPAR r (',
      '\t\tLPARName = { p1 }',
      '\t\tVIOSName = { vios1 = 1 }',
      '\t\tProfileFile@a = { "/x.cfg" }',
      '\t\tRemoveProfileOnOffline = yes',
      '\t\tRemoveProfileOnOffline@a = 2',
      '\t\tRemoveProfileOnOffline@b = "1"',
      '\t\t)',
    ]);
    expect(issues).toEqual([
      '1:29-1:41 PhysicalServer in system a: expected one managed system name, found a list ({ a, b })',
      '3:28-3:33 SystemList in group g: expected an integer priority for b, found first',
      '6:14-6:20 LPARName in resource r: expected one partition name, found a list ({ a, b })',
      '7:14-7:27 VIOSName in resource r: expected a list of VIO server names ({ vios1, vios2 }), found an association ({ key = value })',
      '8:19-8:31 ProfileFile@a in resource r: expected one path in quotes, found a list ({ a, b })',
      '9:28-9:31 RemoveProfileOnOffline in resource r: expected 0 or 1, found yes',
      '10:30-10:31 RemoveProfileOnOffline@a in resource r: expected 0 or 1, found 2',
    ]);
    expect(config.systems[0]?.physicalServer).toBeUndefined();
    // A priority that is not a number keeps the written order.
    expect(config.groups[0]?.systemList.map((s) => s.value)).toEqual(['a', 'b']);
    const r = config.lparResources[0];
    expect(r?.lparName).toBeUndefined();
    expect(r?.viosName).toEqual({ bySystem: new Map() });
    expect(r?.profileFile).toEqual({ bySystem: new Map() });
    expect(r?.removeProfileOnOffline.global).toBeUndefined();
    expect([...(r?.removeProfileOnOffline.bySystem ?? [])].map(([k, v]) => [k, v.value])).toEqual([['b', 1]]);
  });

  it('reports per-system forms of attributes that have one value for all systems, and ignores them', () => {
    const { config, issues } = read([
      'system a ( PhysicalServer@a = ms1 )',
      'group g ( SystemList@a = { a } )',
      '\tLPAR r ( LPARName@a = p1 )',
    ]);
    expect(issues).toEqual([
      '1:12-1:28 PhysicalServer@a in system a: expected PhysicalServer without "@a", one value for all systems (it is an attribute of the system already); lparlint ignores this one',
      '2:11-2:23 SystemList@a in group g: expected SystemList without "@a", one value for all systems (it lists the systems itself); lparlint ignores this one',
      '3:11-3:21 LPARName@a in resource r: expected LPARName without "@a", one value for all systems (a partition keeps its name on every server); lparlint ignores this one',
    ]);
    expect(config.systems[0]?.physicalServer).toBeUndefined();
    expect(config.groups[0]?.systemList).toEqual([]);
    expect(config.lparResources[0]?.lparName).toBeUndefined();
  });

  it('reports a system, group or resource defined twice and keeps the first', () => {
    const { config, issues } = read([
      'system a ( PhysicalServer = ms1 )',
      'system a ( PhysicalServer = ms2 )',
      'group g ( SystemList = { a } )',
      '\tLPAR r ( LPARName = p1 )',
      '\tNIC n ( )',
      'group g ( )',
      '\tLPAR n ( LPARName = p2 )',
    ]);
    expect(issues).toEqual([
      '2:8-2:9 system a is defined twice (first on line 1): expected each name once; lparlint reads the first',
      '6:7-6:8 group g is defined twice (first on line 3): expected each name once; lparlint reads the first',
    ]);
    expect(config.systems.map((s) => s.physicalServer?.value)).toEqual(['ms1']);
    expect(config.groups.map((g) => g.systemList.length)).toEqual([1]);
    expect(config.lparResources.map((r) => r.name)).toEqual(['r']);
  });

  it('reports a resource name used twice across groups', () => {
    const { config, issues } = read(['group g1 ( )', '\tLPAR r ( LPARName = p1 )', 'group g2 ( )', '\tLPAR r ( LPARName = p2 )']);
    expect(issues).toEqual(['4:7-4:8 resource r is defined twice (first on line 2): expected each name once; lparlint reads the first']);
    expect(config.lparResources.map((r) => [r.group, r.lparName?.value])).toEqual([['g1', 'p1']]);
  });

  it('returns syntax and reading issues together in file order, with what could be read', () => {
    const source = maincfFixture('broken.cf');
    const { config, issues } = readClusterConfig('broken.cf', source);
    expect(issuesAt(source, issues)).toEqual([
      '3:19-3:30 unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
      '6:1-6:6 unknown keyword "sytem": did you mean "system"?',
      '11:17-11:27 expected "=" after PhysicalServer in system lpar101b, found "Server-B"',
      '14:16-14:17 unclosed "(": the attribute block of system lpar201 is not closed; expected ")" before "group" on line 17',
      '18:15-18:16 unclosed "{": expected "}" to end the value of SystemList in group lpar05_grp',
      '23:21-23:26 unexpected "extra" after the value of LPARName in resource lpar05_res: expected the end of the line (a value that holds blanks or commas must be quoted)',
      '24:14-24:27 VIOSName in resource lpar05_res: expected a list of VIO server names ({ vios1, vios2 }), found an association ({ key = value })',
      '25:17-25:39 ProfileFile in resource lpar05_res: expected one path in quotes, found a list ({ a, b })',
      '26:28-26:31 RemoveProfileOnOffline in resource lpar05_res: expected 0 or 1, found yes',
      '27:3-27:11 LPARName is set twice in resource lpar05_res (first on line 23): expected it once; lparlint reads the first',
      '30:13-30:21 expected a resource name after "lpar05_res requires"',
      '31:2-31:3 unexpected ")": expected a definition (include, cluster, system, group, type, a resource (Type name ( ... )) or a dependency (a requires b))',
    ]);
    expect(outline(config)).toMatchObject({
      clusterName: 'broken',
      systems: [{ name: 'lpar101b', physicalServer: undefined }, { name: 'lpar201', physicalServer: '"Server-C" @ 15:19-15:29' }],
      groups: [{ name: 'lpar05_grp', systemList: ['"lpar101b" @ 18:17-18:25', '"lpar201" @ 18:31-18:38'] }],
      lparResources: [{ name: 'lpar05_res', lparName: '"lpar05" @ 23:14-23:20' }],
    });
  });

  it('never throws: an empty file, binary junk, an unbalanced file', () => {
    for (const text of ['', '\u0000\u0001(((', '}}}{{{', 'group g ( SystemList = { a = ', '"', 'LPAR']) {
      const { config } = readClusterConfig('x.cf', text);
      expect(config.lparResources).toEqual([]);
    }
  });
});
