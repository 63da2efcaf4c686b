import { describe, expect, it } from 'vitest';
import { CLUSTER_RULES } from '../../rules/index.js';
import viosName from '../../rules/vios-name.js';
import { auditCluster, auditedProfileCount, type ClusterInputs } from '../../src/cluster/audit.js';
import type { SeveritySetting } from '../../src/core/diagnostic.js';
import type { FileResult } from '../../src/lint/lint-profile.js';
import type { Rule } from '../../src/lint/rule.js';
import { clusterInputs, INVENTORY, MAIN_CF, rangeOf } from './cluster-inputs.js';

// Hand-written, synthetic inputs: two nodes as in the vendor's example (lpar101 on
// physical_server_01 with vio_server1/2, lpar201 on physical_server_02 with vio_server3/4).

const SYSTEMS = `system lpar101 (
        PhysicalServer = physical_server_01
        )

system lpar201 (
        PhysicalServer = physical_server_02
        )
`;

const FILE_01 = '/configfile/lpar05_on_physical_server_01.cfg';
const FILE_02 = '/configfile/lpar05_on_physical_server_02.cfg';

/** A profile whose serial server adapters come before its client adapters, as lssyscfg prints them. */
function profile(scsi: string, fc: string): string {
  return (
    'name=lpar05,lpar_id=15,lpar_env=aixlinux,profile_name=lpar05,' +
    '"virtual_serial_adapters=0/server/1/any//any/1,1/server/1/any//any/1",' +
    `"virtual_scsi_adapters=${scsi}",` +
    `"virtual_fc_adapters=""${fc}"""\n`
  );
}

const PROFILE_01 = profile('304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1', '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1');
const PROFILE_02 = profile('304/client/1/vio_server3/14/1,404/client/2/vio_server4/16/1', '504/client/1/vio_server3/18/c050760431670010,c050760431670011/1');
/** The file of physical_server_01 with its SCSI adapters in the other order: the same references. */
const PROFILE_01_REORDERED = profile('404/client/3/vio_server2/6/1,304/client/2/vio_server1/4/1', '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1');

/** A main.cf with the two systems (or others), one group and the LPAR resource lpar05_res. */
function mainCf(resource: string, options: { systems?: string; group?: string } = {}): string {
  return `${options.systems ?? SYSTEMS}
group lpar05_grp (
        ${options.group ?? 'SystemList = { lpar101 = 0, lpar201 = 1 }'}
        )

        LPAR lpar05_res (
                LPARName = lpar05
${resource}
                )
`;
}

const PER_NODE_FILES = `                ProfileFile @lpar101 = "${FILE_01}"
                ProfileFile @lpar201 = "${FILE_02}"`;

/** An error as fs.readFile rejects with it. */
function ioError(code: string): Error {
  return Object.assign(new Error(`${code}: cannot read`), { code });
}

interface AuditSetup {
  readonly files?: Record<string, string | Error>;
  readonly rules?: readonly Rule[];
  readonly severities?: Record<string, SeveritySetting>;
  /** Told of every read (`read PATH`) and every file checked (`checked N`), in order. */
  readonly events?: string[];
}

/**
 * Audits the cluster with the cluster rules (and `rules`, none by default, so that only cluster
 * findings show). Profile files come from `files`, by their main.cf path: a string is the text, an
 * error is what reading throws; a path not there does not exist. `--path-map /configfile=copy`.
 */
function audit(inputs: ClusterInputs, setup: AuditSetup = {}): Promise<FileResult[]> {
  const files = setup.files ?? { [FILE_01]: PROFILE_01, [FILE_02]: PROFILE_02 };
  return auditCluster(inputs, {
    rules: setup.rules ?? [],
    clusterRules: CLUSTER_RULES,
    ...(setup.severities ? { settingsFor: () => ({ severities: new Map(Object.entries(setup.severities!)) }) } : {}),
    locate: (path) => `copy${path}`,
    ...(setup.events ? { onProfileChecked: (done: number) => setup.events!.push(`checked ${done}`) } : {}),
    readText: async (path) => {
      setup.events?.push(`read ${path}`);
      const file = files[path.slice('copy'.length)];
      if (file === undefined) throw ioError('ENOENT');
      if (file instanceof Error) throw file;
      return file;
    },
  });
}

interface Row {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly at: string;
  readonly message: string;
  readonly attribute: string | null;
  readonly suggestion?: string;
}

/** Every finding of the audit as a row, in report order. */
function rows(results: readonly FileResult[]): Row[] {
  return results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      file: r.node === undefined ? r.path : `${r.path} (${r.resource} on ${r.node})`,
      ruleId: d.ruleId,
      severity: d.severity,
      at: `${d.line}:${d.column}-${d.endLine}:${d.endColumn}`,
      message: d.message,
      attribute: d.attribute,
      ...(d.suggestion !== undefined ? { suggestion: d.suggestion } : {}),
    })),
  );
}

/** The files of the audit, in report order, as `path (resource on node)`. */
function files(results: readonly FileResult[]): string[] {
  return results.map((r) => (r.node === undefined ? r.path : `${r.path} (${r.resource} on ${r.node})`));
}

/** profile-file's message for a node of lpar05_res without ProfileFile. */
function noProfileFile(node: string): string {
  return `LPAR resource lpar05_res has no ProfileFile for ${node}; expected one per node, so VCS can re-create lpar05 on ${node} after a live migration`;
}

const COPY_01 = `copy${FILE_01} (lpar05_res on lpar101)`;
const COPY_02 = `copy${FILE_02} (lpar05_res on lpar201)`;

describe('auditCluster: a correct cluster', () => {
  it('reads every node\'s file and finds nothing', async () => {
    const results = await audit(clusterInputs({ mainCf: mainCf(PER_NODE_FILES) }));
    expect(files(results)).toEqual([MAIN_CF, COPY_01, COPY_02]);
    expect(rows(results)).toEqual([]);
  });
});

describe('auditCluster: profile-file', () => {
  it('reports a node in SystemList without ProfileFile at the resource name, and RemoveProfileOnOffline = 1 at its value', async () => {
    const text = mainCf(`                ProfileFile @lpar101 = "${FILE_01}"
                RemoveProfileOnOffline = 1`);
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(files(results)).toEqual([MAIN_CF, COPY_01]);
    expect(rows(results)).toEqual([
      {
        file: MAIN_CF,
        ruleId: 'profile-file',
        attribute: 'ProfileFile',
        severity: 'error',
        at: rangeOf(text, 'lpar05_res'),
        message: noProfileFile('lpar201'),
        suggestion:
          'Create the file on lpar201 (physical server physical_server_02) as the procedure describes, then: hares -modify lpar05_res ProfileFile /configfile/lpar05_on_physical_server_02.cfg -sys lpar201',
      },
      {
        file: MAIN_CF,
        ruleId: 'profile-file',
        attribute: 'RemoveProfileOnOffline',
        severity: 'error',
        at: rangeOf(text, '1', 'RemoveProfileOnOffline = 1'),
        message:
          'RemoveProfileOnOffline = 1 in lpar05_res does nothing on lpar201, which has no ProfileFile: VCS deletes and re-creates lpar05\'s configuration and VIOS mappings only on nodes with a ProfileFile; expected a ProfileFile for lpar201',
        suggestion: 'Give lpar201 a ProfileFile, or set RemoveProfileOnOffline@lpar201 = 0',
      },
    ]);
  });

  it('without any ProfileFile reports each node, with hares -local first in the suggestion', async () => {
    // RemoveProfileOnOffline = 0 asks for nothing, so it is no finding of its own.
    const text = mainCf('                RemoveProfileOnOffline @lpar101 = 0');
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(files(results)).toEqual([MAIN_CF]);
    expect(rows(results).map((r) => [r.at, r.message, r.suggestion])).toEqual(
      ['lpar101', 'lpar201'].map((node, i) => [
        rangeOf(text, 'lpar05_res'),
        noProfileFile(node),
        `Create the file on ${node} (physical server physical_server_0${i + 1}) as the procedure describes, then: ` +
          `hares -local lpar05_res ProfileFile, then hares -modify lpar05_res ProfileFile /configfile/lpar05_on_physical_server_0${i + 1}.cfg -sys ${node}`,
      ]),
    );
  });

  it('takes a per-system RemoveProfileOnOffline before the global one', async () => {
    const text = mainCf(`                ProfileFile @lpar101 = "${FILE_01}"
                RemoveProfileOnOffline = 0
                RemoveProfileOnOffline @lpar201 = 1`);
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(rows(results).map((r) => [r.at, r.attribute])).toEqual([
      [rangeOf(text, 'lpar05_res'), 'ProfileFile'],
      [rangeOf(text, '1', 'RemoveProfileOnOffline @lpar201 = 1'), 'RemoveProfileOnOffline'],
    ]);
  });

  it('does not report RemoveProfileOnOffline = 0 for a node without ProfileFile', async () => {
    const text = mainCf(`                ProfileFile @lpar101 = "${FILE_01}"
                RemoveProfileOnOffline @lpar101 = 1
                RemoveProfileOnOffline @lpar201 = 0`);
    expect(rows(await audit(clusterInputs({ mainCf: text }))).map((r) => r.at)).toEqual([rangeOf(text, 'lpar05_res')]);
  });

  it('reports a missing file at the ProfileFile value, with the path it was read as', async () => {
    const text = mainCf(PER_NODE_FILES);
    const results = await audit(clusterInputs({ mainCf: text }), { files: { [FILE_01]: PROFILE_01 } });
    expect(files(results)).toEqual([MAIN_CF, COPY_01]);
    expect(rows(results)).toEqual([
      {
        file: MAIN_CF,
        ruleId: 'profile-file',
        attribute: 'ProfileFile',
        severity: 'error',
        at: rangeOf(text, `"${FILE_02}"`),
        message: `ProfileFile of lpar05_res for lpar201 is ${FILE_02}, read as copy${FILE_02}: it does not exist; expected a readable profile file`,
        suggestion: 'Create the file as the procedure describes, or map the cluster path to your copy with --path-map /configfile=<folder>',
      },
    ]);
  });

  it('reports an unreadable file with the reason', async () => {
    const text = mainCf(PER_NODE_FILES);
    const results = await audit(clusterInputs({ mainCf: text }), { files: { [FILE_01]: ioError('EACCES'), [FILE_02]: PROFILE_02 } });
    expect(files(results)).toEqual([MAIN_CF, COPY_02]);
    expect(rows(results).map((r) => [r.at, r.message])).toEqual([
      [rangeOf(text, `"${FILE_01}"`), `ProfileFile of lpar05_res for lpar101 is ${FILE_01}, read as copy${FILE_01}: permission denied; expected a readable profile file`],
    ]);
  });

  it('warns at one global ProfileFile for two nodes; node-copy reports the second node\'s use of it', async () => {
    const text = mainCf(`                ProfileFile = "${FILE_01}"`);
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(files(results)).toEqual([MAIN_CF, COPY_01, `copy${FILE_01} (lpar05_res on lpar201)`]);
    expect(rows(results)).toEqual([
      {
        file: MAIN_CF,
        ruleId: 'profile-file',
        attribute: 'ProfileFile',
        severity: 'warning',
        at: rangeOf(text, `"${FILE_01}"`),
        message:
          'ProfileFile of lpar05_res is one global value for lpar101, lpar201; expected a file per node, because VIO server names and adapter ids differ per physical server',
        suggestion: 'hares -local lpar05_res ProfileFile, then hares -modify lpar05_res ProfileFile <file> -sys <node> for each of lpar101, lpar201',
      },
      {
        file: `copy${FILE_01} (lpar05_res on lpar201)`,
        ruleId: 'node-copy',
        attribute: 'virtual_scsi_adapters',
        severity: 'error',
        at: rangeOf(PROFILE_01, '"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1"'),
        message:
          'For resource lpar05_res, node lpar201 (physical_server_02) uses the same file as node lpar101 (physical_server_01), so both name the same VIO server adapters: ' +
          'vio_server1 (partition id 2) remote slot 4, vio_server1 (partition id 2) remote slot 8, vio_server2 (partition id 3) remote slot 6; expected a file made on physical_server_02',
        suggestion: 'Run the procedure\'s lssyscfg commands against physical_server_02 and write the result to a file of lpar201\'s own.',
      },
    ]);
  });

  it('does not warn at a global ProfileFile that serves one node only', async () => {
    const text = mainCf(`                ProfileFile = "${FILE_01}"
                ProfileFile @lpar201 = "${FILE_02}"`);
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(files(results)).toEqual([MAIN_CF, COPY_01, COPY_02]);
    expect(rows(results)).toEqual([]);
  });

  it('checks every system of the cluster when the group has no SystemList', async () => {
    const systems = `${SYSTEMS}
system lpar301 (
        PhysicalServer = physical_server_03
        )
`;
    const text = mainCf(`                ProfileFile @lpar101 = "${FILE_01}"`, { systems, group: 'AutoStartList = { lpar101 }' });
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(rows(results).map((r) => [r.at, r.message])).toEqual([
      [rangeOf(text, 'lpar05_res'), noProfileFile('lpar201')],
      [rangeOf(text, 'lpar05_res'), noProfileFile('lpar301')],
    ]);
  });

  it('checks only the systems of SystemList when there is one', async () => {
    const systems = `${SYSTEMS}
system lpar301
`;
    const text = mainCf(PER_NODE_FILES, { systems });
    expect(rows(await audit(clusterInputs({ mainCf: text })))).toEqual([]);
  });
});

describe('auditCluster: node-copy', () => {
  const text = mainCf(PER_NODE_FILES);

  it('reports the later node\'s file when it names the same VIO adapters as a node on another server', async () => {
    const results = await audit(clusterInputs({ mainCf: text }), { files: { [FILE_01]: PROFILE_01, [FILE_02]: PROFILE_01_REORDERED } });
    expect(rows(results)).toEqual([
      {
        file: COPY_02,
        ruleId: 'node-copy',
        attribute: 'virtual_scsi_adapters',
        severity: 'error',
        // The first list with a client adapter, not the serial server adapters before it.
        at: rangeOf(PROFILE_01_REORDERED, '"virtual_scsi_adapters=404/client/3/vio_server2/6/1,304/client/2/vio_server1/4/1"'),
        message:
          `For resource lpar05_res on node lpar201 (physical_server_02), this file names the same VIO server adapters as copy${FILE_01} for node lpar101 (physical_server_01): ` +
          'vio_server1 (partition id 2) remote slot 4, vio_server1 (partition id 2) remote slot 8, vio_server2 (partition id 3) remote slot 6; expected a file made on physical_server_02',
        suggestion: 'Run the procedure\'s lssyscfg commands against physical_server_02 and write the result to this file.',
      },
    ]);
  });

  it('reports nodes whose servers are unknown, as VCS runs one node per server', async () => {
    const unplaced = mainCf(PER_NODE_FILES, { systems: 'system lpar101\nsystem lpar201\n' });
    const results = await audit(clusterInputs({ mainCf: unplaced }), { files: { [FILE_01]: PROFILE_01, [FILE_02]: PROFILE_01 } });
    expect(rows(results).map((r) => [r.file, r.ruleId, r.at, r.message, r.suggestion])).toEqual([
      [
        COPY_02,
        'node-copy',
        rangeOf(PROFILE_01, '"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1"'),
        `For resource lpar05_res on node lpar201, this file names the same VIO server adapters as copy${FILE_01} for node lpar101: ` +
          'vio_server1 (partition id 2) remote slot 4, vio_server1 (partition id 2) remote slot 8, vio_server2 (partition id 3) remote slot 6; ' +
          'expected a file made on lpar201\'s own physical server',
        'Run the procedure\'s lssyscfg commands against lpar201\'s own physical server and write the result to this file.',
      ],
    ]);
  });

  it('does not compare nodes on the same physical server', async () => {
    const sameServer = mainCf(PER_NODE_FILES, { systems: SYSTEMS.replace('physical_server_02', 'physical_server_01') });
    const results = await audit(clusterInputs({ mainCf: sameServer }), { files: { [FILE_01]: PROFILE_01, [FILE_02]: PROFILE_01 } });
    expect(rows(results)).toEqual([]);
  });

  it('finds nothing when the files name different adapters', async () => {
    // Only the remote slot of one vFC adapter differs.
    const other = PROFILE_01.replace('/vio_server1/8/', '/vio_server1/9/');
    const results = await audit(clusterInputs({ mainCf: text }), { files: { [FILE_01]: PROFILE_01, [FILE_02]: other } });
    expect(rows(results)).toEqual([]);
  });

  it('does not compare the files of different resources', async () => {
    const twoResources = `${text}
        LPAR lpar06_res (
                LPARName = lpar06
                ProfileFile @lpar201 = "/configfile/lpar06_on_physical_server_02.cfg"
                )
`;
    const results = await audit(clusterInputs({ mainCf: twoResources }), {
      files: { [FILE_01]: PROFILE_01, [FILE_02]: PROFILE_02, '/configfile/lpar06_on_physical_server_02.cfg': PROFILE_01 },
    });
    // lpar101 has no file for lpar06_res (profile-file), but its lpar05 file is no model for lpar06.
    expect(rows(results).map((r) => r.ruleId)).toEqual(['profile-file']);
  });
});

describe('auditCluster: input file findings', () => {
  it('passes main.cf syntax problems on as main-cf-syntax, positioned in main.cf', async () => {
    const text = mainCf(PER_NODE_FILES, { systems: SYSTEMS.replace('PhysicalServer = physical_server_01', 'PhysicalServer physical_server_01') });
    const results = await audit(clusterInputs({ mainCf: text }));
    expect(rows(results)).toEqual([
      {
        file: MAIN_CF,
        ruleId: 'main-cf-syntax',
        attribute: null,
        severity: 'error',
        at: rangeOf(text, 'physical_server_01'),
        message: 'expected "=" after PhysicalServer in system lpar101, found "physical_server_01"',
        suggestion: 'Check the file with `hacf -verify <config-directory>` on a cluster node after correcting it.',
      },
    ]);
    // The audit reads on: both nodes' files were checked.
    expect(files(results)).toEqual([MAIN_CF, COPY_01, COPY_02]);
  });

  it('passes inventory problems on as inventory, positioned in the inventory file', async () => {
    const inventory = `servers:
  physical_server_01:
    vioServers: { vio_server1: two }
nodes:
  lpar101: physical_server_09
`;
    const results = await audit(clusterInputs({ mainCf: mainCf(PER_NODE_FILES), inventory }));
    expect(files(results)).toEqual([MAIN_CF, INVENTORY, COPY_01, COPY_02]);
    expect(rows(results).filter((r) => r.file === INVENTORY)).toEqual([
      {
        file: INVENTORY,
        ruleId: 'inventory',
        attribute: null,
        severity: 'error',
        at: rangeOf(inventory, 'two'),
        message: 'servers.physical_server_01.vioServers.vio_server1 is "two"; expected a partition id (lpar_id): a whole number, at least 1',
      },
      {
        file: INVENTORY,
        ruleId: 'inventory',
        attribute: null,
        severity: 'error',
        at: rangeOf(inventory, 'physical_server_09'),
        message: 'node lpar101 runs on physical_server_09, which the inventory does not list (did you mean physical_server_01?); expected one of: physical_server_01',
      },
    ]);
  });

  it('warns in main.cf where it and the inventory disagree on a node\'s physical server, or the server is unknown', async () => {
    const inventory = 'servers:\n  physical_server_01:\n    vioServers: { vio_server1: 2 }\nnodes:\n  lpar101: physical_server_09\n';
    const text = mainCf(PER_NODE_FILES);
    const results = await audit(clusterInputs({ mainCf: text, inventory }));
    const mainCfRows = rows(results).filter((r) => r.file === MAIN_CF && r.ruleId === 'inventory');
    expect(mainCfRows.map((r) => [r.severity, r.at, r.attribute])).toEqual([
      ['warning', rangeOf(text, 'physical_server_01'), 'PhysicalServer'],
      ['warning', rangeOf(text, 'physical_server_02'), 'PhysicalServer'],
    ]);
    expect(mainCfRows[0]!.message).toBe(
      'PhysicalServer of lpar101 is physical_server_01, but the inventory (inventory.yaml) puts lpar101 on physical_server_09; expected both to name the same server (lparlint follows main.cf)',
    );
    expect(mainCfRows[1]!.message).toBe(
      "PhysicalServer of lpar201 is physical_server_02, which the inventory does not list (it has physical_server_01); the checks against lpar201's VIO servers and partitions are skipped",
    );
  });

  it('with an inventory alone reports its problems and reads no profile file', async () => {
    const inventory = 'servers:\n  physical_server_01: {}\n';
    const results = await audit(clusterInputs({ inventory }));
    expect(files(results)).toEqual([INVENTORY]);
    expect(rows(results).map((r) => [r.ruleId, r.at, r.message])).toEqual([
      [
        'inventory',
        rangeOf(inventory, 'physical_server_01'),
        'servers.physical_server_01 has no vioServers; expected vioServers (VIO server names and partition ids) or hmcOutput (a saved lssyscfg output file)',
      ],
    ]);
  });
});

describe('auditCluster: settings and order', () => {
  const sharedFile = mainCf(`                ProfileFile = "${FILE_01}"`);

  it('drops a rule set to off and lets a setting replace a finding\'s own severity', async () => {
    const results = await audit(clusterInputs({ mainCf: sharedFile }), { severities: { 'node-copy': 'off', 'profile-file': 'error' } });
    expect(rows(results).map((r) => [r.ruleId, r.severity, r.at])).toEqual([['profile-file', 'error', rangeOf(sharedFile, `"${FILE_01}"`)]]);
  });

  it('keeps the other rules at their defaults', async () => {
    const results = await audit(clusterInputs({ mainCf: sharedFile }), { severities: { 'main-cf-syntax': 'off' } });
    expect(rows(results).map((r) => [r.ruleId, r.severity])).toEqual([
      ['profile-file', 'warning'],
      ['node-copy', 'error'],
    ]);
  });

  it('lists main.cf, then the inventory, then the profile files by resource and by SystemList priority', async () => {
    const text = `${mainCf(PER_NODE_FILES, { group: 'SystemList = { lpar201 = 1, lpar101 = 0 }' })}
group lpar06_grp (
        SystemList = { lpar201 = 0, lpar101 = 1 }
        )

        LPAR lpar06_res (
                ProfileFile @lpar101 = "/configfile/lpar06_on_physical_server_01.cfg"
                ProfileFile @lpar201 = "/configfile/lpar06_on_physical_server_02.cfg"
                )
`;
    const results = await audit(clusterInputs({ mainCf: text, inventory: 'nodes: {}\n' }), {
      files: {
        [FILE_01]: PROFILE_01,
        [FILE_02]: PROFILE_02,
        '/configfile/lpar06_on_physical_server_01.cfg': PROFILE_01,
        '/configfile/lpar06_on_physical_server_02.cfg': PROFILE_02,
      },
    });
    expect(files(results)).toEqual([
      MAIN_CF,
      INVENTORY,
      COPY_01,
      COPY_02,
      'copy/configfile/lpar06_on_physical_server_02.cfg (lpar06_res on lpar201)',
      'copy/configfile/lpar06_on_physical_server_01.cfg (lpar06_res on lpar101)',
    ]);
  });

  it('checks each file with its node\'s context', async () => {
    const inventory = `servers:
  physical_server_01: { vioServers: { vio_server1: 2, vio_server2: 3 } }
  physical_server_02: { vioServers: { vio_server3: 1, vio_server4: 2 } }
`;
    const wrong = PROFILE_02.replace('404/client/2/vio_server4/16/1', '404/client/2/vio_server2/16/1');
    const results = await audit(clusterInputs({ mainCf: mainCf(PER_NODE_FILES), inventory }), {
      rules: [viosName],
      files: { [FILE_01]: PROFILE_01, [FILE_02]: wrong },
    });
    expect(rows(results).map((r) => [r.file, r.ruleId, r.at])).toEqual([[COPY_02, 'vios-name', rangeOf(wrong, 'vio_server2')]]);
    expect(rows(results)[0]!.message).toContain('vio_server2 is a VIO server of physical_server_01 (node lpar101): the file was written for lpar101, not for lpar201');
  });
});

describe('auditCluster: progress', () => {
  const systems = `${SYSTEMS}
system lpar301 (
        PhysicalServer = physical_server_03
        )
`;

  it('counts every node of every resource, with or without a ProfileFile, as the bar\'s total', () => {
    const inputs = clusterInputs({ mainCf: mainCf(PER_NODE_FILES, { systems, group: 'AutoStartList = { lpar101 }' }) });
    expect(auditedProfileCount(inputs.config!)).toBe(3);
  });

  it('tells after each node\'s file is checked how many are done, each right after its read', async () => {
    const events: string[] = [];
    await audit(clusterInputs({ mainCf: mainCf(PER_NODE_FILES, { systems, group: 'AutoStartList = { lpar101 }' }) }), { events });
    // lpar301 has no ProfileFile: nothing to read, but it counts as done.
    expect(events).toEqual([`read copy${FILE_01}`, 'checked 1', `read copy${FILE_02}`, 'checked 2', 'checked 3']);
  });
});
