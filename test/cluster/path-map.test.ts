import { describe, expect, it } from 'vitest';
import { mapProfilePath, parsePathMappings, type PathMapping } from '../../src/cluster/path-map.js';

/** Mappings that must parse; a test fails here, with the message, when they do not. */
function mappings(...values: string[]): PathMapping[] {
  const parsed = parsePathMappings(values);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('parsePathMappings', () => {
  const expected = (value: string): { error: string } => ({
    error: `--path-map ${value}: expected FROM=TO, e.g. --path-map /configfile=./configs`,
  });

  it.each(['/configfile', '=./configs', '/configfile=', '='])('rejects %j, naming the value and the form', (value) => {
    expect(parsePathMappings([value])).toEqual(expected(value));
  });

  it('reports the first bad value among good ones', () => {
    expect(parsePathMappings(['/a=x', 'nothing', '=y'])).toEqual(expected('nothing'));
  });

  it('splits at the first "=", so TO may hold one', () => {
    expect(mappings('/configfile=./a=b')).toEqual([{ from: '/configfile', to: './a=b' }]);
  });

  it('normalizes FROM: trailing slashes, "." and doubled slashes go; "/" stays', () => {
    expect(mappings('/configfile/=a', '/x/./y//=b', '//=c')).toEqual([
      { from: '/configfile', to: 'a' },
      { from: '/x/y', to: 'b' },
      { from: '/', to: 'c' },
    ]);
  });

  it('puts the longest FROM first, whatever the order given', () => {
    expect(mappings('/=root', '/configfile=a', '/configfile/special=b').map((m) => m.from)).toEqual([
      '/configfile/special',
      '/configfile',
      '/',
    ]);
  });

  it('keeps the last mapping of the same FROM', () => {
    expect(mappings('/configfile=old', '/configfile/=new')).toEqual([{ from: '/configfile', to: 'new' }]);
  });

  it('accepts no mappings', () => {
    expect(mappings()).toEqual([]);
  });
});

describe('mapProfilePath', () => {
  const cwd = '/work/repo';
  const map = mappings('/configfile=./configs');

  it('maps a file below FROM into TO, resolving a relative TO against cwd', () => {
    expect(mapProfilePath('/configfile/lpar05.cfg', map, cwd)).toBe('/work/repo/configs/lpar05.cfg');
    expect(mapProfilePath('/configfile/sub/lpar05.cfg', map, cwd)).toBe('/work/repo/configs/sub/lpar05.cfg');
  });

  it('keeps an absolute TO as it is', () => {
    expect(mapProfilePath('/configfile/lpar05.cfg', mappings('/configfile=/srv/ci/configs'), cwd)).toBe('/srv/ci/configs/lpar05.cfg');
  });

  it('matches whole path segments only: /configfile does not map /configfiles', () => {
    expect(mapProfilePath('/configfiles/lpar05.cfg', map, cwd)).toBeUndefined();
    expect(mapProfilePath('/configfile.cfg', map, cwd)).toBeUndefined();
  });

  it('maps FROM itself, with or without a trailing slash, to TO', () => {
    expect(mapProfilePath('/configfile', map, cwd)).toBe('/work/repo/configs');
    expect(mapProfilePath('/configfile/', map, cwd)).toBe('/work/repo/configs');
  });

  it('normalizes the ProfileFile path first', () => {
    expect(mapProfilePath('/configfile//sub/./lpar05.cfg', map, cwd)).toBe('/work/repo/configs/sub/lpar05.cfg');
    // `..` leaves FROM, so the mapping no longer applies.
    expect(mapProfilePath('/configfile/../etc/lpar05.cfg', map, cwd)).toBeUndefined();
  });

  it('with "/" as FROM maps every absolute path, but no relative one', () => {
    const root = mappings('/=copy');
    expect(mapProfilePath('/configfile/lpar05.cfg', root, cwd)).toBe('/work/repo/copy/configfile/lpar05.cfg');
    expect(mapProfilePath('/', root, cwd)).toBe('/work/repo/copy');
    expect(mapProfilePath('lpar05.cfg', root, cwd)).toBeUndefined();
  });

  it('uses the longest FROM that applies', () => {
    const both = mappings('/configfile=general', '/configfile/special=refined');
    expect(mapProfilePath('/configfile/special/lpar05.cfg', both, cwd)).toBe('/work/repo/refined/lpar05.cfg');
    expect(mapProfilePath('/configfile/lpar05.cfg', both, cwd)).toBe('/work/repo/general/lpar05.cfg');
  });

  it('gives undefined for a path no mapping applies to', () => {
    expect(mapProfilePath('/etc/lpar05.cfg', map, cwd)).toBeUndefined();
    expect(mapProfilePath('/etc/lpar05.cfg', [], cwd)).toBeUndefined();
  });
});
