import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HMC_CAPTURE_COMMAND, captureCommandFor } from '../../src/inventory/capture-command.js';
import type { PartitionEntry } from '../../src/inventory/entries.js';
import { parseHmcOutput } from '../../src/inventory/hmc-output.js';
import { issuesIn, rangeText } from './positions.js';

/** Partitions as `name=id@name-range/id-range`, to compare names, ids and both positions at once. */
function listed(text: string, entries: readonly PartitionEntry[]): string[] {
  return entries.map((e) => `${e.name}=${e.id}@${rangeText(text, e.nameSpan)}/${rangeText(text, e.idSpan)}`);
}

describe('parseHmcOutput', () => {
  it('reads the -F name,lpar_id,lpar_env form; vioserver lines are the VIO servers, # lines are notes', () => {
    const text = readFileSync('fixtures/inventory/hmc/physical_server_02.txt', 'utf8');
    const out = parseHmcOutput(text, 'physical_server_02');
    expect(out.issues).toEqual([]);
    expect(listed(text, out.vioServers)).toEqual(['vio_server3=1@2:1-2:12/2:13-2:14', 'vio_server4=2@3:1-3:12/3:13-3:14']);
    expect(listed(text, out.partitions)).toEqual(['lpar201=3@4:1-4:8/4:9-4:10', 'lpar06=16@5:1-5:7/5:8-5:10']);
  });

  it('reads the key=value form of lssyscfg without -F and ignores the other attributes', () => {
    const text = readFileSync('fixtures/inventory/physical_server_03.lpars', 'utf8');
    const out = parseHmcOutput(text, 'physical_server_03');
    expect(out.issues).toEqual([]);
    expect(listed(text, out.vioServers)).toEqual(['vio_server5=1@1:6-1:17/1:26-1:27', 'vio_server6=2@2:6-2:17/2:26-2:27']);
    expect(listed(text, out.partitions)).toEqual(['lpar301=3@3:6-3:13/3:22-3:23', 'lpar08=18@4:6-4:12/4:21-4:23']);
  });

  it('takes the fields by name in the key=value form, in any order, the first of a repeated one', () => {
    const text = 'lpar_env=vioserver,lpar_id=7,name=vios_a,name=other\n';
    const out = parseHmcOutput(text, 's');
    expect(out.issues).toEqual([]);
    expect(listed(text, out.vioServers)).toEqual(['vios_a=7@1:35-1:41/1:28-1:29']);
  });

  it('unquotes a value that holds a comma, as the HMC prints it, in both forms', () => {
    const text = '"db,prod",5,aixlinux\n"name=web,prod",lpar_id=6,lpar_env=aixlinux\n';
    const out = parseHmcOutput(text, 's');
    expect(out.issues).toEqual([]);
    expect(listed(text, out.partitions)).toEqual(['db,prod=5@1:2-1:9/1:11-1:12', 'web,prod=6@2:7-2:15/2:25-2:26']);
  });

  it('reads CRLF line ends and skips blank lines', () => {
    const text = 'vios1,1,vioserver\r\n\r\n  \r\nlpar5,5,aixlinux\r\n';
    const out = parseHmcOutput(text, 's');
    expect(out.issues).toEqual([]);
    expect(listed(text, out.vioServers)).toEqual(['vios1=1@1:1-1:6/1:7-1:8']);
    expect(listed(text, out.partitions)).toEqual(['lpar5=5@4:1-4:6/4:7-4:8']);
  });

  it('reports each bad line at its place and reads the good ones', () => {
    const text = [
      'vio_server1,1,vioserver',
      'vio_server2,2',
      'lpar05,fifteen,aixlinux',
      'lpar06,0,aixlinux',
      'name=lpar07,lpar_id=17',
      'name=lpar08,lpar_id=18,lpar_env=',
      'name=,lpar_id=19,lpar_env=aixlinux',
      '"lpar09,19,aixlinux',
      'An invalid attribute was entered.  The invalid attribute is bogus.  Please correct your entry and retry the command.',
    ].join('\n');
    const out = parseHmcOutput(text, 'physical_server_01');
    const capture = 'ssh hscroot@<hmc> "lssyscfg -r lpar -m physical_server_01 -F name,lpar_id,lpar_env" > physical_server_01.txt';
    expect(issuesIn(text, out.issues)).toEqual([
      ['2:1-2:14', `expected 3 values, name,lpar_id,lpar_env, as printed by ${capture}; this line has 2`],
      ['3:8-3:15', 'lpar_id "fifteen" of lpar05 is not a partition id; expected a whole number, at least 1'],
      ['4:8-4:9', 'lpar_id "0" of lpar06 is not a partition id; expected a whole number, at least 1'],
      ['5:1-5:23', 'the line has no lpar_env=; expected name=, lpar_id= and lpar_env= for each partition'],
      ['6:33-6:33', 'lpar_env of lpar08 is empty; expected aixlinux, os400 or vioserver'],
      ['7:6-7:6', 'name is empty; expected the partition name'],
      ['8:1-8:2', 'unbalanced double quote: this quote is never closed, so the rest of the record would be one value'],
      ['9:1-9:117', `expected 3 values, name,lpar_id,lpar_env, as printed by ${capture}; this line has 1`],
    ]);
    expect(listed(text, out.vioServers)).toEqual(['vio_server1=1@1:1-1:12/1:13-1:14']);
    expect(out.partitions).toEqual([]);
  });

  it('says so when the HMC found no partitions, or the file lists none', () => {
    const capture = captureCommandFor('physical_server_09');
    const none = 'No results were found.\n';
    expect(issuesIn(none, parseHmcOutput(none, 'physical_server_09').issues)).toEqual([
      ['1:1-1:23', `the HMC found no partitions ("No results were found."); check the server name physical_server_09 and capture again: ${capture}`],
    ]);
    const empty = '# captured 2024-05-01\n\n';
    expect(issuesIn(empty, parseHmcOutput(empty, 'physical_server_09').issues)).toEqual([
      ['1:1-1:1', `the file lists no partitions; expected one line per partition, the output of ${capture}`],
    ]);
  });
});

describe('capture command', () => {
  it('is the lssyscfg command whose output lparlint reads, saved under the server name', () => {
    expect(HMC_CAPTURE_COMMAND).toBe('lssyscfg -r lpar -m <server> -F name,lpar_id,lpar_env');
    expect(captureCommandFor('physical_server_02')).toBe(
      'ssh hscroot@<hmc> "lssyscfg -r lpar -m physical_server_02 -F name,lpar_id,lpar_env" > physical_server_02.txt',
    );
  });
});
