import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { LogEntry, LogRecord } from '../../../src/diagnose/model.js';
import { readLogEntries } from '../../../src/parse/log/read-entries.js';
import { MAX_CONTINUATION_CHARS, MAX_CONTINUATION_LINES } from '../../../src/parse/log/record-builder.js';
import { InputError } from '../../../src/read/input-error.js';
import { tempTree } from '../../read/temp-tree.js';
import { collect, linesOf, logFixture, show } from './logs.js';

function recordOf(entry: LogEntry | undefined): LogRecord {
  if (entry?.kind !== 'record') throw new Error(`not a record: ${JSON.stringify(entry)}`);
  return entry.record;
}

const HEADER = '2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 Thread(1) LPAR:lpar05_res:online:Failed to create LPAR lpar05';

describe('readLogEntries', () => {
  it('reads an LPAR agent log: each message with its continuation lines, by line number', async () => {
    const entries = await collect(readLogEntries(logFixture('lpar-agent.log'), 'LPAR_A.log'));
    expect(entries.map(show)).toEqual([
      'LPAR_A.log:1 2024/03/05 10:15:30 lpar05_res "Creating LPAR lpar05 on physical_server_02 from /configfile/lpar05_on_physical_server_02.cfg"',
      'LPAR_A.log:2 2024/03/05 10:15:42 lpar05_res "Failed to create LPAR lpar05 on physical_server_02: HSCL8012 The partition named vio_server2 was not found."',
      'LPAR_A.log:3 2024/03/05 10:15:42 lpar05_res "Command failed on HMC hmc01 with exit code 1:\\nmksyscfg -r lpar -m physical_server_02 -f /tmp/lpar05_res.cfg\\nHSCL8012 The partition named vio_server2 was not found."',
      'LPAR_A.log:6 2024/03/05 10:15:43 - "Agent is calling clean for resource(lpar05_res) because the resource is not up even after online completed."',
      'LPAR_A.log:7 2024/03/05 10:15:44 lpar05_res "LPAR lpar05 is not defined on physical_server_02; nothing to remove"',
      'LPAR_A.log:8 2024/03/05 10:21:07 lpar07_res "Failed to create LPAR lpar07 on physical_server_02: An invalid attribute was entered.  The invalid attribute is state.  Please correct your entry and retry the command."',
      'LPAR_A.log:9 2024/03/05 10:32:19 lpar05_res "ssh hscroot@hmc01 failed: Permission denied (publickey,keyboard-interactive)."',
    ]);
    const continued = recordOf(entries[2]);
    expect(continued.lines.map((l) => `${l.path}:${l.line} ${l.text}`)).toEqual([
      'LPAR_A.log:3 2024/03/05 10:15:42 VCS ERROR V-16-10011-1013 Thread(4146068336) LPAR:lpar05_res:online:Command failed on HMC hmc01 with exit code 1:',
      'LPAR_A.log:4 mksyscfg -r lpar -m physical_server_02 -f /tmp/lpar05_res.cfg',
      'LPAR_A.log:5 HSCL8012 The partition named vio_server2 was not found.',
    ]);
    expect(continued).toMatchObject({ severity: 'ERROR', umi: 'V-16-10011-1013', thread: '4146068336', agentType: 'LPAR', entryPoint: 'online' });
  });

  it('reads a log of mixed agents: engine messages, Mount, and agent messages relayed with (<sys>)', async () => {
    const entries = await collect(readLogEntries(logFixture('mixed-agents.log'), 'engine_A.log'));
    expect(
      entries.map((e) => {
        const r = recordOf(e);
        return [r.severity, r.umi, r.system ?? r.thread ?? '-', r.agentType ?? '-', r.resource ?? '-', r.entryPoint ?? '-'].join(' ');
      }),
    ).toEqual([
      'NOTICE V-16-1-10301 - - - -',
      'INFO V-16-10031-7017 4146068200 Mount lpar05_mnt online',
      'ERROR V-16-10011-1012 lpar201 LPAR lpar05_res online',
      'ERROR V-16-2-13066 lpar201 - - -',
      'WARNING V-16-2-23331 - Mount lpar05_mnt monitor',
      'INFO V-16-1-10304 - - - -',
    ]);
  });

  it('reads the documented example lines; the locale-formatted time of the agent guide continues the message before it', async () => {
    const entries = await collect(readLogEntries(logFixture('documented-examples.log'), 'examples.log'));
    expect(entries).toHaveLength(6);
    expect(recordOf(entries[5]).text).toBe(
      'Expected correct SNMP and | or SMTP options\nJun 26 2003 11:32:56 VCS ERROR V-16-2001-14001 FileOnOff:MyFile:online:Resource could not be brought up because,the attempt to create the file (filename) failed with error (Is a Directory)',
    );
  });

  it('keeps lines before the first message as unparsed, and broken lines after one as its continuation', async () => {
    const entries = await collect(readLogEntries(logFixture('broken.log'), 'broken.log'));
    expect(entries.map(show)).toEqual([
      'broken.log:1 unparsed "-- LPAR_A.log copied from lpar201 --"',
      'broken.log:2 unparsed ""',
      'broken.log:3 2024/03/05 10:15:42 lpar05_res ' +
        JSON.stringify(
          [
            'Failed to create LPAR lpar05 on physical_server_02: The format of the configuration data is invalid.',
            '2024/03/05 10:15',
            '2024/02/30 10:15:43 VCS ERROR V-16-10011-1012 Thread(4146068336) LPAR:lpar05_res:online:a line with a date that does not exist',
            '2024/03/05 10:15:43 VCS ERR',
            '2024/03/05 10:15:43 VCS ERROR V-16-10011',
            'garbage \u0000\uFFFD\uFFFD\uFFFD end',
          ].join('\n'),
        ),
      'broken.log:9 2024/03/05 10:15:44 lpar05_res "LPAR lpar05 is not defined on physical_server_02; nothing to remove"',
    ]);
    expect(recordOf(entries[2]).lines.map((l) => l.line)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('reads a log with CRLF line ends: no CR in texts or lines', async () => {
    const entries = await collect(readLogEntries(logFixture('crlf.log'), 'crlf.log'));
    expect(entries.map(show)).toEqual([
      'crlf.log:1 2024/03/05 10:15:42 lpar05_res "Failed to create LPAR lpar05 on physical_server_02: HSCL8012 The partition named vio_server2 was not found.\\nHSCL8012 The partition named vio_server2 was not found."',
      'crlf.log:3 2024/03/05 10:15:44 lpar05_res "LPAR lpar05 is not defined on physical_server_02; nothing to remove"',
    ]);
    expect(entries.flatMap((e) => recordOf(e).lines).some((l) => l.text.includes('\r'))).toBe(false);
  });

  it('reads lines given as an iterable: CR ends and a byte-order mark on line 1 are dropped', async () => {
    const entries = await collect(readLogEntries(linesOf(`\uFEFF${HEADER}\r`, 'more\r'), 'given.log'));
    expect(entries.map(show)).toEqual(['given.log:1 2024/03/05 10:15:42 lpar05_res "Failed to create LPAR lpar05\\nmore"']);
    expect(recordOf(entries[0]).lines[0]?.text).toBe(HEADER);
  });

  it('names the lines after the file when no path is given', async () => {
    const file = logFixture('crlf.log');
    const [first] = await collect(readLogEntries(file));
    expect(recordOf(first).lines[0]?.path).toBe(file);
  });

  it('yields nothing for an empty log', async () => {
    const root = await tempTree({ 'LPAR_A.log': '' });
    expect(await collect(readLogEntries(`${root}/LPAR_A.log`))).toEqual([]);
  });

  it('caps the continuation lines kept for one message, counting the rest in its text', async () => {
    async function* endless(): AsyncGenerator<string> {
      yield HEADER;
      for (let i = 0; i < MAX_CONTINUATION_LINES + 5000; i += 1) yield `output line ${i}`;
      yield '2024/03/05 10:15:50 VCS INFO V-16-10011-1020 Thread(1) LPAR:lpar05_res:clean:after';
    }
    const [capped, next] = await collect(readLogEntries(endless(), 'endless.log'));
    const record = recordOf(capped);
    expect(record.lines).toHaveLength(MAX_CONTINUATION_LINES + 1);
    expect(record.lines.at(-1)?.text).toBe(`output line ${MAX_CONTINUATION_LINES - 1}`);
    expect(record.text.split('\n')).toHaveLength(MAX_CONTINUATION_LINES + 2);
    expect(record.text.endsWith(`\noutput line ${MAX_CONTINUATION_LINES - 1}\n… 5000 more lines`)).toBe(true);
    expect(recordOf(next)).toMatchObject({ text: 'after', lines: [{ line: MAX_CONTINUATION_LINES + 5002 }] });
  });

  it('caps the characters kept for one message: a long line and all after it are counted, not kept', async () => {
    const half = 'x'.repeat(MAX_CONTINUATION_CHARS / 2);
    const [entry] = await collect(readLogEntries(linesOf(HEADER, half, half, 'y', 'z'), 'wide.log'));
    const record = recordOf(entry);
    expect(record.lines).toHaveLength(3);
    expect(record.text).toBe(`Failed to create LPAR lpar05\n${half}\n${half}\n… 2 more lines`);
    const [single] = await collect(readLogEntries(linesOf(HEADER, `${half}${half}x`), 'wide.log'));
    expect(recordOf(single).text).toBe('Failed to create LPAR lpar05\n… 1 more line');
  });

  it('rejects a file that cannot be read with an InputError that names it', async () => {
    const root = await tempTree({ logs: {} });
    const missing = collect(readLogEntries(`${root}/LPAR_Z.log`, 'LPAR_Z.log'));
    await expect(missing).rejects.toBeInstanceOf(InputError);
    await expect(missing).rejects.toThrow('LPAR_Z.log: cannot read it: it does not exist');
    await expect(collect(readLogEntries(`${root}/logs`, 'logs'))).rejects.toThrow('logs: cannot read it: it is a directory');
  });

  it('tells how many bytes of the file it has read', async () => {
    const file = logFixture('lpar-agent.log');
    let bytes = 0;
    await collect(readLogEntries(file, 'LPAR_A.log', { onBytes: (n) => (bytes += n) }));
    expect(bytes).toBe((await stat(file)).size);
  });

  it('reads a character whose bytes are split between two pieces of the file, and text after the last line end', async () => {
    // The file is read 64 KB at a time: the first line ends one byte into the two bytes of "é" at 64 KB.
    const first = `${HEADER} ${'x'.repeat(64 * 1024 - HEADER.length - 2)}é`;
    const root = await tempTree({ 'LPAR_A.log': `${first}\nno line end` });
    const [entry] = await collect(readLogEntries(`${root}/LPAR_A.log`, 'LPAR_A.log'));
    expect(recordOf(entry).lines.map((l) => l.text)).toEqual([first, 'no line end']);
  });
});
