import fc from 'fast-check';

/**
 * Pieces of HMC `key=value` syntax and the ways files get damaged: pair and doubled quotes, commas,
 * `=`, adapter `/` fields, line breaks and backslash continuations, typographic quotes, a BOM, NUL.
 * Random strings rarely hold these in the orders that stress the parser; joined pieces do.
 */
const PIECES = [
  '"', '""', '"""', ',', '=', '/', '\\', '\\\n', '\n', '\r\n', '\r', ' ', '\t', '\uFEFF', '\u0000', '\u201C', '\u201D',
  'none', 'null', 'name', 'lpar_id', 'virtual_fc_adapters', 'virtual_scsi_adapters', 'virtual_eth_adapters', 'io_slots',
  '504', 'client', 'server', 'vio_server1', 'c050760431670010', 'lpar05', '1:64', '0.5',
];

/** Text built from HMC syntax pieces and a few arbitrary characters. */
export const hmcText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));
