import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { correlate, UNEXPLAINED, type CorrelateOptions } from '../../src/diagnose/correlate.js';
import type { ProfileCheck, ProfileChecker } from '../../src/diagnose/profile-checks.js';
import { PROFILE, STATE } from './sample-diagnoses.js';
import { fakeMatch, INVALID_ATTRIBUTE, logEntries, PARTITION_NOT_FOUND, SSH_REFUSED } from './fake-catalog.js';

const OTHER: Diagnostic = { ...STATE, ruleId: 'null-value', attribute: 'lpar_id', message: 'other', fix: undefined };

/** A checker that returns one file's findings and records what it was asked. */
function recordingChecker(check: ProfileCheck = { profile: { path: 'p.cfg', source: PROFILE }, diagnostics: [STATE, OTHER] }) {
  const calls: [string | undefined, string | undefined][] = [];
  const checker: ProfileChecker = (resource, node) => {
    calls.push([resource, node]);
    return Promise.resolve(check);
  };
  return { calls, checker };
}

function options(checker: ProfileChecker, more: Partial<CorrelateOptions> = {}): CorrelateOptions {
  return { match: fakeMatch([PARTITION_NOT_FOUND, INVALID_ATTRIBUTE, SSH_REFUSED]), profiles: checker, gitPath: (p) => p, ...more };
}

const INVALID = (time: string, node = 'lpar101') =>
  `2024/04/02 ${time} VCS ERROR V-16-10011-22012 (${node}) LPAR:lpar05_res:online:HMC returned:\nAn invalid attribute was entered.  The invalid attribute is state.  Please correct your entry and retry the command.`;

describe('correlate', () => {
  it('pairs a matched LPAR error with the findings that explain it, and the fix as a diff', async () => {
    const { checker, calls } = recordingChecker();
    const { diagnoses, records } = await correlate(logEntries(INVALID('22:41:09')), options(checker));
    expect(records).toBe(1);
    expect(calls).toEqual([['lpar05_res', 'lpar101']]);
    expect(diagnoses).toEqual([
      {
        time: '2024/04/02 22:41:09',
        lastTime: '2024/04/02 22:41:09',
        count: 1,
        resource: 'lpar05_res',
        node: 'lpar101',
        entryPoint: 'online',
        patternId: 'test-invalid-attribute',
        category: 'profile-attribute',
        logLines: [
          { path: 'LPAR_A.log', line: 1, text: expect.stringContaining('LPAR:lpar05_res:online:HMC returned:') },
          { path: 'LPAR_A.log', line: 2, text: expect.stringContaining('The invalid attribute is state.') },
        ],
        profile: { path: 'p.cfg', source: PROFILE },
        findings: [STATE],
        suggestion: 'Remove state from the profile file.',
        fixDiff: 'diff --git a/p.cfg b/p.cfg\n--- a/p.cfg\n+++ b/p.cfg\n@@ -1,1 +1,1 @@\n-name=lpar05,state=Running,lpar_id=15\n+name=lpar05,lpar_id=15\n',
        fixSafe: true,
      },
    ]);
  });

  it('groups repeats of the same failure with a count and the first and last time', async () => {
    const { checker, calls } = recordingChecker();
    const log = [INVALID('22:41:09'), INVALID('22:43:11'), INVALID('22:45:13'), INVALID('22:47:15', 'lpar201')].join('\n');
    const { diagnoses } = await correlate(logEntries(log), options(checker));
    expect(diagnoses.map((d) => [d.node, d.count, d.time, d.lastTime])).toEqual([
      ['lpar101', 3, '2024/04/02 22:41:09', '2024/04/02 22:45:13'],
      ['lpar201', 1, '2024/04/02 22:47:15', '2024/04/02 22:47:15'],
    ]);
    // The log lines are those of the first occurrence; the profile is asked for once per failure.
    expect(diagnoses[0]!.logLines[0]!.line).toBe(1);
    expect(calls).toEqual([['lpar05_res', 'lpar101'], ['lpar05_res', 'lpar201']]);
  });

  it('does not group failures whose message text differs', async () => {
    const { checker } = recordingChecker();
    const log = [INVALID('22:41:09'), INVALID('22:43:11').replace('is state.', 'is os_version.')].join('\n');
    const { diagnoses } = await correlate(logEntries(log), options(checker));
    expect(diagnoses.map((d) => d.count)).toEqual([1, 1]);
  });

  it('lists an LPAR error that no pattern matches as unexplained, without checking a profile', async () => {
    const { checker, calls } = recordingChecker();
    const log = '2024/04/15 08:30:02 VCS ERROR V-16-10011-22072 (lpar101) LPAR:lpar05_res:offline:Partition lpar05 did not shut down within 300 seconds';
    const { diagnoses } = await correlate(logEntries(log), options(checker));
    expect(diagnoses).toHaveLength(1);
    expect(diagnoses[0]).toMatchObject({ patternId: null, category: UNEXPLAINED, entryPoint: 'offline', findings: [] });
    expect(diagnoses[0]!.suggestion).toContain('--patterns FILE');
    expect(calls).toEqual([]);
  });

  it('counts a CRITICAL message, and a WARNING only when a pattern matches it', async () => {
    const { checker } = recordingChecker();
    const log = [
      '2024/04/09 03:11:40 VCS WARNING V-16-10011-22040 (lpar101) LPAR:lpar05_res:monitor:Permission denied (publickey).',
      '2024/04/09 03:11:41 VCS WARNING V-16-10011-22041 (lpar101) LPAR:lpar05_res:monitor:Partition lpar05 is still Starting',
      '2024/04/09 03:11:42 VCS CRITICAL V-16-10011-22042 (lpar101) LPAR:lpar05_res:online:Giving up',
    ].join('\n');
    const { diagnoses } = await correlate(logEntries(log), options(checker));
    expect(diagnoses.map((d) => [d.time.slice(11), d.patternId])).toEqual([
      ['03:11:40', 'test-ssh'],
      ['03:11:42', null],
    ]);
  });

  it('does not look at the profile file for a pattern that no rule explains (ssh)', async () => {
    const { checker, calls } = recordingChecker();
    const log = '2024/04/09 03:11:40 VCS ERROR V-16-10011-22040 (lpar101) LPAR:lpar05_res:monitor:Permission denied (publickey).';
    const { diagnoses } = await correlate(logEntries(log), options(checker));
    expect(diagnoses[0]).toMatchObject({ patternId: 'test-ssh', findings: [], suggestion: 'Set up password-less ssh to the HMC.' });
    expect(diagnoses[0]).not.toHaveProperty('profile');
    expect(calls).toEqual([]);
  });

  it('skips INFO and NOTICE messages, engine messages and other agents, unless --resource names them', async () => {
    const log = [
      '2024/04/15 08:24:58 VCS INFO V-16-10011-22070 (lpar101) LPAR:lpar05_res:offline:Shutting down partition lpar05',
      '2024/04/15 08:25:00 VCS NOTICE V-16-10011-22073 (lpar101) LPAR:lpar05_res:offline:Administrative intervention is required',
      '2024/04/15 08:25:31 VCS ERROR V-16-2001-14001 (lpar101) Mount:lpar05_fs:offline:umount failed: device busy',
      '2024/04/15 08:25:42 VCS ERROR V-16-2-13066 Thread(4146068336) Agent is calling clean for resource(lpar05_res) because the resource is not up even after online completed.',
    ].join('\n');
    const plain = await correlate(logEntries(log), options(recordingChecker().checker));
    expect(plain.diagnoses).toEqual([]);
    expect(plain.records).toBe(4);
    const mount = await correlate(logEntries(log), options(recordingChecker().checker, { resource: 'lpar05_fs' }));
    expect(mount.diagnoses.map((d) => [d.resource, d.entryPoint, d.patternId])).toEqual([['lpar05_fs', 'offline', null]]);
  });

  it('takes the node from the message, else from --node, else leaves it unknown', async () => {
    const { checker, calls } = recordingChecker();
    const withThread = INVALID('22:41:09').replace('(lpar101)', 'Thread(4146068336)');
    const named = await correlate(logEntries(INVALID('22:41:09')), options(checker, { node: 'lpar201' }));
    const given = await correlate(logEntries(withThread), options(checker, { node: 'lpar201' }));
    const unknown = await correlate(logEntries(withThread), options(checker));
    expect([named, given, unknown].map((c) => c.diagnoses[0]!.node)).toEqual(['lpar101', 'lpar201', null]);
    expect(calls.map(([, node]) => node)).toEqual(['lpar101', 'lpar201', undefined]);
  });

  it('passes on why no profile file could be checked', async () => {
    const { checker } = recordingChecker({ diagnostics: [], note: 'give --node' });
    const { diagnoses } = await correlate(logEntries(INVALID('22:41:09')), options(checker));
    expect(diagnoses[0]).toMatchObject({ findings: [], note: 'give --node' });
    expect(diagnoses[0]).not.toHaveProperty('profile');
    expect(diagnoses[0]).not.toHaveProperty('fixDiff');
  });

  it('marks a diff with an unsafe fix in it', async () => {
    const unsafe = { ...STATE, fix: { ...STATE.fix!, safe: false } };
    const { checker } = recordingChecker({ profile: { path: 'p.cfg', source: PROFILE }, diagnostics: [unsafe] });
    const { diagnoses } = await correlate(logEntries(INVALID('22:41:09')), options(checker));
    expect(diagnoses[0]).toMatchObject({ fixSafe: false, fixDiff: expect.stringContaining('+name=lpar05,lpar_id=15') });
  });

  it('checks the profile file for the first failures only, up to checkedFailures, and says so for the others', async () => {
    const { checker, calls } = recordingChecker();
    const ssh = '2024/04/09 03:11:40 VCS ERROR V-16-10011-22040 (lpar101) LPAR:lpar05_res:monitor:Permission denied (publickey).';
    const log = [INVALID('22:41:09'), ssh, INVALID('22:43:11', 'lpar201'), INVALID('22:45:13', 'lpar301')].join('\n');
    const { diagnoses } = await correlate(logEntries(log), options(checker, { checkedFailures: 2 }));
    // The ssh failure needs no file, so it does not use up a check.
    expect(calls).toEqual([['lpar05_res', 'lpar101'], ['lpar05_res', 'lpar201']]);
    expect(diagnoses.map((d) => d.findings.length)).toEqual([1, 0, 1, 0]);
    expect(diagnoses[3]).toMatchObject({ patternId: 'test-invalid-attribute', suggestion: 'Remove state from the profile file.', count: 1 });
    expect(diagnoses[3]!.note).toContain('for the first 2 distinct failures');
    expect(diagnoses[3]).not.toHaveProperty('profile');
  });

  it('counts the messages that the reader only counted', async () => {
    const counted = (async function* () {
      yield [{ kind: 'counted', records: 41 }] as const;
    })();
    expect((await correlate(counted, options(recordingChecker().checker))).records).toBe(41);
  });

  it('lists listedFailures distinct failures, and counts the occurrences of later ones', async () => {
    const { checker } = recordingChecker();
    const log = [INVALID('22:41:09'), INVALID('22:43:11', 'lpar201'), INVALID('22:44:11'), INVALID('22:45:13', 'lpar301'), INVALID('22:47:15', 'lpar401')].join('\n');
    const { diagnoses, unlisted } = await correlate(logEntries(log), options(checker, { listedFailures: 2 }));
    expect(diagnoses.map((d) => [d.node, d.count])).toEqual([['lpar101', 2], ['lpar201', 1]]);
    expect(unlisted).toEqual({
      occurrences: 2,
      time: '2024/04/02 22:45:13',
      lastTime: '2024/04/02 22:47:15',
      logLine: { path: 'LPAR_A.log', line: 7, text: expect.stringContaining('(lpar301)') },
    });
    expect((await correlate(logEntries(log), options(checker))).unlisted).toBeUndefined();
  });
});

