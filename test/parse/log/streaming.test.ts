import { appendFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readLogs } from '../../../src/parse/log/read-logs.js';
import { tempTree } from '../../read/temp-tree.js';

const MB = 1024 * 1024;

// heapUsed alone counts garbage that V8 has not collected yet (tens of MB while reading fast), which
// says nothing about what the reader keeps; collecting before each sample measures what is live.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** About 1 MB of log: messages of two resources, each continued by a line of HMC output. */
function block(): string {
  const lines: string[] = [];
  for (let size = 0, i = 0; size < MB; i += 1) {
    const resource = i % 2 === 0 ? 'lpar05_res' : 'lpar06_res';
    const text = `2024/03/05 10:15:42 VCS ERROR V-16-10011-1012 Thread(4146068336) LPAR:${resource}:online:Failed to create LPAR ${i}: HSCL8012 The partition named vio_server2 was not found.`;
    lines.push(text, 'HSCL8012 The partition named vio_server2 was not found.');
    size += text.length + 58;
  }
  return `${lines.join('\n')}\n`;
}

describe('readLogs on a large log', () => {
  it('streams a 50 MB log, keeping far less than the file in memory', async () => {
    const root = await tempTree({ 'LPAR_A.log': '' });
    const file = `${root}/LPAR_A.log`;
    const chunk = block();
    const blocks = 50;
    for (let i = 0; i < blocks; i += 1) await appendFile(file, chunk);
    const messagesPerBlock = (chunk.split('\n').length - 1) / 2;

    const before = liveHeap();
    let peak = before;
    let records = 0;
    let lines = 0;
    for await (const batch of readLogs([file], { filter: { resource: 'lpar05_res' } })) {
      for (const entry of batch) {
        if (entry.kind !== 'record') continue;
        records += 1;
        lines += entry.record.lines.length;
        if (records % 25_000 === 0) peak = Math.max(peak, liveHeap());
      }
    }
    expect(records).toBe(Math.ceil(messagesPerBlock / 2) * blocks);
    expect(lines).toBe(records * 2);
    expect(peak - before).toBeLessThan(30 * MB);
  });
});
