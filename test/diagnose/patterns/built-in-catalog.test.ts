import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../rules/index.js';
import { loadPatternCatalog, matchRecord, type PatternCatalog } from '../../../src/diagnose/patterns/index.js';

/**
 * Sample message texts for every built-in entry (the text after `LPAR:<resource>:<entry point>:`),
 * with the exact captures each must give. The HMC and ssh wordings are the documented ones; the
 * words around them are synthetic, as no public LPAR_A.log exists.
 */
const SAMPLES: Readonly<Record<string, readonly (readonly [string, Record<string, string>])[]>> = {
  'hmc-invalid-attribute': [
    [
      'Failed to create LPAR lpar05: An invalid attribute was entered.  The invalid attribute is state.  Please correct your entry and retry the command.',
      { attribute: 'state' },
    ],
    ['An invalid attribute was entered.\nThe invalid attribute is curr_procs.  Please correct your entry and retry the command.', { attribute: 'curr_procs' }],
  ],
  'hmc-invalid-attribute-field': [['mksyscfg failed: An invalid attribute was entered: slot_num', { attribute: 'slot_num' }]],
  'hmc-invalid-attribute-unnamed': [['HMC command failed: An invalid attribute was entered', {}]],
  'hmc-config-format': [['mksyscfg -r lpar -m physical_server_02 failed: The format of the configuration data is invalid.', {}]],
  'hmc-partition-not-found': [
    ['HSCL8012 The partition named vio_server2 was not found.', { partition: 'vio_server2' }],
    ['Failed to create the VIOS mappings: The partition named vios-a1 was not found.', { partition: 'vios-a1' }],
  ],
  'hmc-partition-not-found-unnamed': [
    ['HSCL8012 The partition was not found.', {}],
    ['chsyscfg failed with HSCL8012', {}],
  ],
  'hmc-memory-region': [['The desired memory of 4100 MB is not a multiple of the memory region size for the managed system.', {}]],
  'hmc-processing-unit-ratio': [
    [
      'HSCL1566 The operation failed because the ratio of assigned processing units to assigned virtual processors for partition 15 would have been less than the minimum ratio supported by the operating system on the partition.',
      {},
    ],
    ['mksyscfg failed: HSCL1566', {}],
  ],
  'hmc-invalid-parameter-value': [['An invalid parameter value was entered.', {}]],
  'hmc-missing-parameter': [['The command entered is either missing a required parameter or a parameter value is invalid.', {}]],
  'hmc-error': [
    ['HSCL294D Dynamic remove of virtual I/O resources failed', { code: 'HSCL294D', text: 'Dynamic remove of virtual I/O resources failed' }],
    ['HSCL127D: HSCL1288 logical port 2 is already assigned to the partition.', { code: 'HSCL127D', text: 'HSCL1288 logical port 2 is already assigned to the partition.' }],
    ['Command failed (rc=1): HSCL350B The user does not have the appropriate authority\nmore text', { code: 'HSCL350B', text: 'The user does not have the appropriate authority' }],
  ],
  'ssh-permission-denied': [
    ['hscroot@hmc1: Permission denied (publickey,password,keyboard-interactive).', { methods: 'publickey,password,keyboard-interactive' }],
    ['Permission denied (publickey).', { methods: 'publickey' }],
  ],
  'ssh-host-key': [['Host key verification failed.', {}]],
  'ssh-connect-failed': [
    ['ssh: connect to host hmc1 port 22: Connection refused', { host: 'hmc1', port: '22', reason: 'Connection refused' }],
    ['ssh: connect to host 10.1.1.5 port 22: Connection timed out', { host: '10.1.1.5', port: '22', reason: 'Connection timed out' }],
  ],
  'ssh-connection-failed': [
    ['Command lssyscfg on hmc2 failed: Connection refused', { reason: 'Connection refused' }],
    ['Unable to reach hmc2: No route to host', { reason: 'No route to host' }],
  ],
  'ssh-unknown-host': [
    ['ssh: Could not resolve hostname hmc3: Name or service not known', { host: 'hmc3' }],
    ['ssh: Could not resolve hostname hmc3.example.com: hostname nor servname provided, or not known', { host: 'hmc3.example.com' }],
  ],
  'profile-file-missing': [
    ['/configfile/lpar05_on_physical_server_02.cfg: No such file or directory', { path: '/configfile/lpar05_on_physical_server_02.cfg' }],
    ["cat: cannot open '/configfile/lpar05.cfg': No such file or directory", { path: '/configfile/lpar05.cfg' }],
  ],
  'profile-file-unreadable': [
    ['Reading /configfile/lpar05.cfg: Permission denied', { path: '/configfile/lpar05.cfg', reason: 'Permission denied' }],
    ['open "/configfile": Is a directory', { path: '/configfile', reason: 'Is a directory' }],
  ],
  'profile-file-cannot-open': [
    ['Cannot open profile file /configfile/lpar05_on_physical_server_02.cfg.', { path: '/configfile/lpar05_on_physical_server_02.cfg' }],
    ['unable to read the file "/configfile/lpar05.cfg"', { path: '/configfile/lpar05.cfg' }],
  ],
};

/**
 * Entries that also match other entries' samples, by design: general fallbacks placed after the
 * specific entries they back up. Every other entry must match its own samples only.
 */
const FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  'hmc-invalid-attribute-unnamed': ['hmc-invalid-attribute', 'hmc-invalid-attribute-field'],
  'hmc-partition-not-found-unnamed': ['hmc-partition-not-found'],
  'hmc-error': ['hmc-partition-not-found', 'hmc-partition-not-found-unnamed', 'hmc-processing-unit-ratio'],
  'ssh-connection-failed': ['ssh-connect-failed'],
  'profile-file-cannot-open': ['profile-file-missing'],
};

/** Log texts that no entry may take for a failure. */
const UNRELATED = [
  'Resource lpar05_res is online on lpar201',
  'Agent is calling clean for resource(lpar05_res) because the resource became OFFLINE unexpectedly, on its own.',
  'LPAR lpar05 is in Running state on physical_server_02',
  'The partition named lpar05 was found on physical_server_02.',
  'Connected to hmc1 on port 22; the attribute list was updated',
  'HSCL is the prefix of HMC messages',
  'Profile file /configfile/lpar05.cfg read',
];

const { catalog, issues } = loadPatternCatalog([]);

describe('built-in pattern catalog', () => {
  it('loads without issues', () => {
    expect(issues).toEqual([]);
  });

  it('has samples for exactly its entries', () => {
    expect(catalog.map((entry) => entry.pattern.id).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it('cites a source for every entry, and names only rules that exist', () => {
    const rules = new Set(ALL_RULES.map((rule) => rule.meta.id));
    for (const { pattern } of catalog) {
      expect(pattern.source, pattern.id).toMatch(/\S/);
      for (const rule of pattern.explainedBy) expect(rules.has(rule), `${pattern.id}: ${rule}`).toBe(true);
    }
  });

  it('pairs the findings the issue names with their log errors', () => {
    const explainers = (id: string): readonly string[] => catalog.find((entry) => entry.pattern.id === id)?.pattern.explainedBy ?? [];
    expect(explainers('hmc-invalid-attribute')).toEqual(['read-only-attribute', 'unknown-attribute']);
    expect(explainers('hmc-partition-not-found')).toContain('vios-name');
    expect(explainers('hmc-config-format')).toEqual(expect.arrayContaining(['syntax', 'adapter-quoting']));
    expect(explainers('hmc-memory-region')).toEqual(['memory-region']);
    expect(explainers('profile-file-missing')).toEqual(['profile-file']);
  });

  it('keeps the generic HSCL entry after every entry that can match an HSCL code', () => {
    const ids = catalog.map((entry) => entry.pattern.id);
    const generic = ids.indexOf('hmc-error');
    for (const id of ['hmc-partition-not-found', 'hmc-partition-not-found-unnamed', 'hmc-processing-unit-ratio']) {
      expect(ids.indexOf(id)).toBeLessThan(generic);
    }
  });

  for (const [id, samples] of Object.entries(SAMPLES)) {
    for (const [text, captures] of samples) {
      it(`${id} is the first match of ${JSON.stringify(text)}`, () => {
        const match = matchRecord(text, catalog);
        expect(match?.pattern.id).toBe(id);
        expect(match?.captures).toEqual(captures);
      });
    }
  }

  it('matches no other entry\'s samples, except fallbacks that come after the entry they back up', () => {
    const ids = catalog.map((entry) => entry.pattern.id);
    for (const { pattern, regex } of catalog) {
      const allowed = FALLBACKS[pattern.id] ?? [];
      for (const other of allowed) expect(ids.indexOf(other), `${pattern.id} backs up ${other}`).toBeLessThan(ids.indexOf(pattern.id));
      const taken = Object.entries(SAMPLES)
        .filter(([id]) => id !== pattern.id && !allowed.includes(id))
        .flatMap(([id, samples]) => samples.filter(([text]) => regex.test(text)).map(([text]) => `${id}: ${text}`));
      expect(taken, pattern.id).toEqual([]);
    }
  });

  it('matches no unrelated message', () => {
    for (const text of UNRELATED) expect(matchRecord(text, catalog)?.pattern.id, text).toBeUndefined();
  });
});

describe('built-in pattern catalog: time on a 100 KB line', () => {
  const LONG = 100_000;
  /** Lines that almost match one entry or another, which is where backtracking costs most. */
  const lines: Readonly<Record<string, string>> = {
    letters: 'a'.repeat(LONG),
    'HSCL then hex digits': 'HSCL' + 'A'.repeat(LONG),
    'repeated HSCL': 'HSCL'.repeat(LONG / 4),
    blanks: ' '.repeat(LONG),
    slashes: '/'.repeat(LONG),
    'blank-slash pairs': ' /'.repeat(LONG / 2),
    'quote-slash pairs': "'/".repeat(LONG / 2),
    'dotted path': ' /' + 'a.'.repeat(LONG / 2),
    'partition name': 'The partition named ' + 'x'.repeat(LONG),
    'repeated partition prefix': 'The partition named '.repeat(LONG / 20),
    'ssh host': 'ssh: connect to host ' + 'h'.repeat(LONG),
    'ssh port': 'ssh: connect to host hmc1 port ' + '2'.repeat(LONG),
    'login methods': 'Permission denied (' + 'a'.repeat(LONG),
    'attribute gap': 'An invalid attribute was entered.' + ' '.repeat(LONG),
    'open without path': 'cannot open ' + 'the '.repeat(LONG / 4),
  };

  it('runs every pattern on each line well within 100 ms', () => {
    const timeAll = (line: string, entries: PatternCatalog): number => {
      const start = performance.now();
      for (const { regex } of entries) regex.exec(line);
      return performance.now() - start;
    };
    for (const [name, line] of Object.entries(lines)) {
      timeAll(line, catalog); // warm up the regex compiler, which is not what is measured
      expect(timeAll(line, catalog), name).toBeLessThan(100);
    }
  });
});
