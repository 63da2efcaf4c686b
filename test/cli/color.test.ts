import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';

describe('useColor', () => {
  it('follows the terminal when nothing is set, except a dumb one', () => {
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
    expect(useColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
  });

  it('honours NO_COLOR, which chalk itself ignores', () => {
    expect(useColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
  });

  it('honours FORCE_COLOR, including 0 and false', () => {
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(useColor(undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true);
  });

  it('lets --color and --no-color win over everything', () => {
    expect(useColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '3' }, true)).toBe(false);
  });
});
