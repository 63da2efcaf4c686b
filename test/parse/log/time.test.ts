import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/read/input-error.js';
import { parseTime } from '../../../src/parse/log/time.js';

describe('parseTime', () => {
  it.each([
    ['2024/03/05 10:15:42', Date.UTC(2024, 2, 5, 10, 15, 42)],
    ['2024-03-05', Date.UTC(2024, 2, 5)],
    ['2024-03-05T10:15', Date.UTC(2024, 2, 5, 10, 15)],
    ['2024-03-05T10:15:42', Date.UTC(2024, 2, 5, 10, 15, 42)],
    [' 2024-02-29 ', Date.UTC(2024, 1, 29)],
  ])('reads %j as UTC, like the log', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });

  it('as an until bound, lets a date cover its whole day and a time without seconds its whole minute', () => {
    expect(parseTime('2024-03-05', 'until')).toBe(Date.UTC(2024, 2, 5, 23, 59, 59, 999));
    expect(parseTime('2024-03-05T10:15', 'until')).toBe(Date.UTC(2024, 2, 5, 10, 15, 59, 999));
    expect(parseTime('2024-03-05T10:15:42', 'until')).toBe(Date.UTC(2024, 2, 5, 10, 15, 42));
    expect(parseTime('2024/03/05 10:15:42', 'until')).toBe(Date.UTC(2024, 2, 5, 10, 15, 42));
  });

  it.each(['yesterday', '2024/03/05', '2024-3-5', '05/03/2024 10:15:42', '2024-03-05 10:15', '2024-03-05T10', '1709633742'])(
    'rejects %j with an InputError that names the accepted forms',
    (text) => {
      expect(() => parseTime(text)).toThrow(InputError);
      expect(() => parseTime(text)).toThrow(
        `invalid time "${text}": write it as YYYY/MM/DD HH:MM:SS (as the log does), YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], e.g. 2024-03-05T10:15`,
      );
    },
  );

  it.each(['2023-02-29', '2024-13-01', '2024-03-05T24:00', '2024/04/31 10:00:00', '2024-03-05T10:60:00', '0024-03-05'])(
    'rejects %j, which is written right but is no real date or time',
    (text) => {
      expect(() => parseTime(text)).toThrow(`invalid time "${text}": there is no such date or time of day`);
    },
  );
});
