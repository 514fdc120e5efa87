import { describe, expect, it } from 'vitest';
import { Stopwatch } from '../../src/engine/stopwatch.js';

/** A clock that moves only when told to. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('Stopwatch', () => {
  it("counts a span's own time, without the spans opened inside it", () => {
    const clock = fakeClock();
    const watch = new Stopwatch(clock.now);
    watch.time('rule', () => {
      clock.advance(20);
      watch.time('(analysis)', () => clock.advance(40));
    });
    watch.time('rule', () => clock.advance(10));
    expect(watch.times).toEqual({ rule: 30, '(analysis)': 40 });
  });

  it('records a span that throws, and an asynchronous one', async () => {
    const clock = fakeClock();
    const watch = new Stopwatch(clock.now);
    expect(() =>
      watch.time('rule', () => {
        clock.advance(5);
        throw new Error('x');
      }),
    ).toThrow('x');
    await watch.timeAsync('(parse)', async () => clock.advance(7));
    expect(watch.times).toEqual({ rule: 5, '(parse)': 7 });
  });
});
