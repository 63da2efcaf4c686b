import { describe, expect, it } from 'vitest';
import { DayClock } from '../../../src/parse/log/day-clock.js';
import { logTimestamp } from '../../../src/parse/log/time.js';

describe('DayClock', () => {
  it('gives the timestamps logTimestamp gives, across days, in place in a longer text', () => {
    const clock = new DayClock();
    const times = ['2024/03/05 10:15:42', '2024/03/05 23:59:59', '2024/03/06 00:00:00', '2024/02/29 12:00:00', '1999/12/31 23:59:59'];
    for (const time of times) expect(clock.timestamp(`xx${time} VCS`, 2)).toBe(logTimestamp(time));
  });

  it('rejects the moments that do not exist, as logTimestamp does', () => {
    const clock = new DayClock();
    for (const time of ['2023/02/29 10:00:00', '2024/13/01 10:00:00', '2024/03/05 24:00:00', '2024/03/05 10:60:00', '2024/03/05 10:00:60', '0099/01/01 00:00:00']) {
      expect(logTimestamp(time)).toBeUndefined();
      expect(clock.timestamp(time, 0)).toBeUndefined();
    }
    expect(clock.timestamp('2024/03/05 10:00:00', 0)).toBe(Date.UTC(2024, 2, 5, 10));
  });
});
