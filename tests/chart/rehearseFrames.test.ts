import { describe, expect, it } from 'vitest';
import { rehearsalViews, runWhenIdle, type IdleScheduler } from '../../src/lib/components/chart/rehearseFrames.ts';

const year = 365 * 864e5;

describe('rehearsalViews', () => {
  const view = { t0: 0, t1: 100 * year, width: 1200 };
  const views = rehearsalViews(view);

  it('zooms in on the middle, halving the span every two steps, down to 1/256', () => {
    const zooms = views.slice(0, 16);
    for (const v of zooms) expect((v.t0 + v.t1) / 2).toBeCloseTo(50 * year, -3);
    expect(zooms[1]!.t1 - zooms[1]!.t0).toBeCloseTo(50 * year, -3);
    expect(zooms.at(-1)!.t1 - zooms.at(-1)!.t0).toBeCloseTo((100 * year) / 256, -3);
    expect(zooms.every((v, i) => i === 0 || v.t1 - v.t0 < zooms[i - 1]!.t1 - zooms[i - 1]!.t0)).toBe(true);
  });

  it('pans half a screen each way at the same zoom and width', () => {
    expect(views.slice(16)).toEqual([
      { t0: -50 * year, t1: 50 * year, width: 1200 },
      { t0: 50 * year, t1: 150 * year, width: 1200 },
    ]);
    expect(views.every((v) => v.width === 1200)).toBe(true);
  });
});

describe('runWhenIdle', () => {
  /** Idle periods handed out by hand: `period(ms)` runs what waits with `ms` left; each task spends `cost` of it. */
  function idleByHand(cost = 10) {
    let waiting: ((timeLeft: () => number) => void) | undefined;
    let left = 0;
    const schedule: IdleScheduler = (run) => {
      waiting = run;
      return () => (waiting = undefined);
    };
    const period = (ms: number) => {
      const run = waiting;
      waiting = undefined;
      left = ms;
      run?.(() => left);
    };
    const task = (done: number[], i: number) => () => {
      done.push(i);
      left -= cost;
    };
    return { schedule, period, task, waiting: () => waiting !== undefined };
  }

  it('runs tasks in order while the idle period has time left, and the rest in later periods', () => {
    const done: number[] = [];
    const idle = idleByHand(10);
    runWhenIdle([0, 1, 2, 3, 4].map((i) => idle.task(done, i)), idle.schedule, 8);
    idle.period(35);
    expect(done).toEqual([0, 1, 2]);
    idle.period(5); // too short for a task: nothing runs, the rest waits for the next period
    expect(done).toEqual([0, 1, 2]);
    idle.period(50);
    expect(done).toEqual([0, 1, 2, 3, 4]);
    expect(idle.waiting()).toBe(false);
  });

  it('runs nothing more once cancelled', () => {
    const done: number[] = [];
    const idle = idleByHand();
    const cancel = runWhenIdle([idle.task(done, 1), idle.task(done, 2)], idle.schedule, 8);
    idle.period(12);
    expect(done).toEqual([1]);
    cancel();
    expect(idle.waiting()).toBe(false);
    idle.period(50);
    expect(done).toEqual([1]);
  });

  it('schedules nothing for no tasks', () => {
    const idle = idleByHand();
    runWhenIdle([], idle.schedule);
    expect(idle.waiting()).toBe(false);
  });
});
