import { describe, expect, it } from 'vitest';
import { readLssyscfgOutput } from '../../src/generate/lssyscfg-records.js';

const LPAR_COMMAND = 'lssyscfg -r lpar -m <server> --filter lpar_names=<lpar>';
const read = (text: string) => readLssyscfgOutput(text, '--lpar LPAR.txt', LPAR_COMMAND);
const names = (text: string) => read(text).map((r) => [r.line, r.document.pairs[0]?.value]);

describe('readLssyscfgOutput', () => {
  it('reads one record per line, skipping blank and # lines, with CR line ends and a BOM', () => {
    const text = '\uFEFF# captured 2024-05-02 from hmc01\r\nname=a,lpar_id=1\r\n\r\nname=b,lpar_id=2\r\n';
    expect(names(text)).toEqual([[2, 'a'], [4, 'b']]);
  });

  it('joins a record whose lines end in "\\" (copied from the documentation) and counts its lines', () => {
    const text = 'name=a,lpar_id=1,\\\n    lpar_env=aixlinux\nname=b,lpar_id=2\n';
    const records = read(text);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
    expect(records[0]!.document.pairs.map((p) => p.key)).toEqual(['name', 'lpar_id', 'lpar_env']);
  });

  it('says what the HMC meant when it found nothing', () => {
    expect(() => read('No results were found.\n')).toThrow(
      '--lpar LPAR.txt: the HMC found nothing ("No results were found." on line 1); check the names in the filter of lssyscfg -r lpar -m <server> --filter lpar_names=<lpar> and capture it again',
    );
  });

  it('rejects empty output', () => {
    expect(() => read('\n# nothing\n')).toThrow('--lpar LPAR.txt: holds no record; expected the output of lssyscfg -r lpar');
  });

  it('rejects a record it cannot read, at its line and column', () => {
    expect(() => read('name=a,lpar_id=1\nname=b,"virtual_scsi_adapters=1/client/2/v/3/1\n')).toThrow(
      /^--lpar LPAR\.txt: line 2, column 8: unbalanced double quote: .*; expected the output of lssyscfg -r lpar .* \(without -F\)$/,
    );
    expect(() => read('vio_server1,1,vioserver\n')).toThrow('--lpar LPAR.txt: line 1, column 1: "vio_server1" is not an attribute=value pair');
  });
});
