import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../src/diagnose/model.js';
import { LogScanner } from '../../../src/parse/log/scanner.js';
import type { LogFilter } from '../../../src/diagnose/model.js';
import { show } from './logs.js';

const ERROR = '2024/03/05 10:15:42 VCS ERROR V-16-10011-22012 (lpar201) LPAR:lpar05_res:online:Could not create partition';
const INFO = '2024/03/05 10:15:43 VCS INFO V-16-10011-22001 (lpar201) LPAR:lpar05_res:online:Bringing partition online';
const WARNING = '2024/03/05 10:15:44 VCS WARNING V-16-10011-22040 (lpar201) LPAR:lpar06_res:monitor:Permission denied (publickey).';

/** The entries of `text` given to the scanner in the pieces `cuts` make of it. */
function scan(text: string, filter: LogFilter = {}, cuts: readonly number[] = []): string[] {
  const scanner = new LogScanner('LPAR_A.log', filter);
  const out: LogEntry[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    scanner.push(text.slice(from, cut), out);
    from = cut;
  }
  scanner.end(out);
  return out.map(show);
}

describe('LogScanner', () => {
  it('reads every record in full without severities', () => {
    expect(scan(`${ERROR}\nHSCL8012 The partition named vio_server2 was not found.\n${INFO}\n`)).toEqual([
      'LPAR_A.log:1 2024/03/05 10:15:42 lpar05_res "Could not create partition\\nHSCL8012 The partition named vio_server2 was not found."',
      'LPAR_A.log:3 2024/03/05 10:15:43 lpar05_res "Bringing partition online"',
    ]);
  });

  it('counts the records of other severities, skipping their continuation lines', () => {
    const text = `${INFO}\ncontinued\n${ERROR}\nHSCL8012\n${INFO}\n${WARNING}\n`;
    expect(scan(text, { severities: new Set(['ERROR', 'WARNING']) })).toEqual([
      'LPAR_A.log:3 2024/03/05 10:15:42 lpar05_res "Could not create partition\\nHSCL8012"',
      // A count comes out at the end of the piece read; a record when the next one starts.
      '2 counted',
      'LPAR_A.log:6 2024/03/05 10:15:44 lpar06_res "Permission denied (publickey)."',
    ]);
  });

  it('counts the records of other agent types, parsing only lines that name the agent type', () => {
    const engine = '2024/03/05 10:15:45 VCS ERROR V-16-2-13066 Thread(4146068336) Agent is calling clean for resource(lpar05_res)';
    const mount = '2024/03/05 10:15:46 VCS ERROR V-16-2001-14001 (lpar101) Mount:LPAR:offline:umount failed';
    expect(scan(`${ERROR}\n${engine}\n${mount}\n${INFO}\n`, { severities: new Set(['ERROR']), agentType: 'LPAR' })).toEqual([
      'LPAR_A.log:1 2024/03/05 10:15:42 lpar05_res "Could not create partition"',
      '3 counted',
    ]);
  });

  it('applies the time and resource filters to counted records too', () => {
    const text = `${INFO}\n${ERROR}\n${WARNING}\n`;
    const severities = new Set(['WARNING']);
    expect(scan(text, { severities, since: Date.UTC(2024, 2, 5, 10, 15, 43) })).toEqual([
      '1 counted',
      'LPAR_A.log:3 2024/03/05 10:15:44 lpar06_res "Permission denied (publickey)."',
    ]);
    expect(scan(text, { severities, resource: 'lpar05_res' })).toEqual(['2 counted']);
  });

  it('reads lines split across pieces, and CRLF, lone CR and a byte-order mark as readline does', () => {
    const text = `\uFEFF${ERROR}\r\nmore\rafter a lone CR\r\n${INFO}`;
    const expected = [
      'LPAR_A.log:1 2024/03/05 10:15:42 lpar05_res "Could not create partition\\nmore\\nafter a lone CR"',
      'LPAR_A.log:4 2024/03/05 10:15:43 lpar05_res "Bringing partition online"',
    ];
    expect(scan(text)).toEqual(expected);
    // Cut inside a line, between CR and LF, and just after an LF.
    const crlf = text.indexOf('\r\n');
    expect(scan(text, {}, [5, crlf + 1, crlf + 2, text.lastIndexOf('\n') + 1])).toEqual(expected);
  });

  it('takes a line with an impossible time for a continuation line', () => {
    expect(scan(`${ERROR}\n2024/02/30 10:15:43 VCS ERROR V-16-1-1 (n) LPAR:r:online:x\n2024/03/05 24:00:00 VCS ERROR V-16-1-1 x\n`)).toHaveLength(1);
  });

  it('keeps lines before the first message as unparsed, unless a resource is asked for', () => {
    expect(scan(`copied from lpar101\n${ERROR}\n`)).toEqual([
      'LPAR_A.log:1 unparsed "copied from lpar101"',
      'LPAR_A.log:2 2024/03/05 10:15:42 lpar05_res "Could not create partition"',
    ]);
    expect(scan(`copied from lpar101\n${ERROR}\n`, { resource: 'lpar05_res' })).toHaveLength(1);
  });
});
