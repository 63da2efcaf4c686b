import { describe, expect, it } from 'vitest';
import { readLogs } from '../../../src/parse/log/read-logs.js';
import { parseTime } from '../../../src/parse/log/time.js';
import { tempTree } from '../../read/temp-tree.js';
import { collect, logFixture, show } from './logs.js';

const ROTATED = [logFixture('rotated/LPAR_A.log'), logFixture('rotated/LPAR_B.log')];

/** Entries shown with the fixture directory cut off the paths. */
function shown(entries: Parameters<typeof show>[0][]): string[] {
  return entries.map((e) => show(e).replace(logFixture(''), ''));
}

function line(time: string, resource: string, text: string): string {
  return `2024/03/05 ${time} VCS INFO V-16-10011-1050 Thread(1) LPAR:${resource}:monitor:${text}\n`;
}

describe('readLogs', () => {
  it('merges rotated logs given newest first into time order; at the same time, the file given first leads', async () => {
    expect(shown(await collect(readLogs(ROTATED, { filter: {} })))).toEqual([
      'rotated/LPAR_B.log:1 2024/03/04 23:58:10 lpar05_res "LPAR lpar05 is running on physical_server_01"',
      'rotated/LPAR_B.log:2 2024/03/04 23:59:59 lpar06_res "LPAR lpar06 is running on physical_server_01"',
      'rotated/LPAR_A.log:1 2024/03/05 00:00:00 lpar06_res "Removing the profile of LPAR lpar06 from physical_server_01"',
      'rotated/LPAR_B.log:3 2024/03/05 00:00:00 lpar05_res "Removing the profile of LPAR lpar05 from physical_server_01"',
      'rotated/LPAR_A.log:2 2024/03/05 00:00:05 lpar05_res "Failed to create LPAR lpar05 on physical_server_02: 2048 is not a multiple of the memory region size for the managed system.\\nmksyscfg -r lpar -m physical_server_02 -f /tmp/lpar05_res.cfg"',
      'rotated/LPAR_A.log:4 2024/03/05 00:01:30 lpar06_res "Created LPAR lpar06 on physical_server_02"',
    ]);
  });

  it('interleaves two logs that overlap, and gives unparsed lines first, in their file', async () => {
    const root = await tempTree({
      'lpar101.log': `copied from lpar101\n${line('10:00:00', 'a', '1')}${line('10:00:02', 'a', '3')}${line('10:00:04', 'a', '5')}`,
      'lpar201.log': `${line('10:00:01', 'b', '2')}${line('10:00:03', 'b', '4')}tail of 4\n${line('10:00:05', 'b', '6')}`,
    });
    const entries = await collect(readLogs([`${root}/lpar101.log`, `${root}/lpar201.log`]));
    expect(entries.map((e) => show(e).replace(`${root}/`, ''))).toEqual([
      'lpar101.log:1 unparsed "copied from lpar101"',
      'lpar101.log:2 2024/03/05 10:00:00 a "1"',
      'lpar201.log:1 2024/03/05 10:00:01 b "2"',
      'lpar101.log:3 2024/03/05 10:00:02 a "3"',
      'lpar201.log:2 2024/03/05 10:00:03 b "4\\ntail of 4"',
      'lpar101.log:4 2024/03/05 10:00:04 a "5"',
      'lpar201.log:4 2024/03/05 10:00:05 b "6"',
    ]);
  });

  it('keeps records from --since to --until, both included; unparsed lines stay', async () => {
    const root = await tempTree({
      'LPAR_A.log': `before any message\n${line('10:00:00', 'a', '1')}${line('10:00:30', 'a', '2')}${line('10:01:00', 'a', '3')}${line('10:01:59', 'a', '4')}${line('10:02:00', 'a', '5')}`,
    });
    const filter = { since: parseTime('2024/03/05 10:00:30'), until: parseTime('2024-03-05T10:01', 'until') };
    const entries = await collect(readLogs([`${root}/LPAR_A.log`], { filter }));
    expect(entries.map((e) => (e.kind === 'record' ? e.record.text : `unparsed ${e.line.text}`))).toEqual(['unparsed before any message', '2', '3', '4']);
  });

  it('keeps only the records of --resource, dropping engine messages and unparsed lines', async () => {
    const root = await tempTree({
      'LPAR_A.log': `before any message\n${line('10:00:00', 'lpar05_res', '1')}${line('10:00:01', 'lpar06_res', '2')}2024/03/05 10:00:02 VCS ERROR V-16-2-13066 Thread(1) Agent is calling clean for resource(lpar05_res)\n${line('10:00:03', 'lpar05_res', '4')}`,
    });
    const entries = await collect(readLogs([`${root}/LPAR_A.log`], { filter: { resource: 'lpar05_res' } }));
    expect(entries.map((e) => (e.kind === 'record' ? e.record.text : `unparsed ${e.line.text}`))).toEqual(['1', '4']);
  });

  it('yields nothing for no files', async () => {
    expect(await collect(readLogs([]))).toEqual([]);
  });

  it('rejects when one of the files cannot be read, naming it', async () => {
    await expect(collect(readLogs([ROTATED[0] as string, logFixture('rotated/LPAR_C.log')]))).rejects.toThrow(
      /rotated\/LPAR_C\.log: cannot read it: it does not exist$/,
    );
  });
});
