import { describe, expect, it } from 'vitest';
import { runWhenIdle, whenIdle, type IdleScheduler } from '../../src/lib/state/idle.ts';

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

describe('whenIdle', () => {
  it('resolves in the next idle period, not before', async () => {
    let run: ((timeLeft: () => number) => void) | undefined;
    let resolved = false;
    const idle = whenIdle((r) => ((run = r), () => {})).then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    run!(() => 10);
    await idle;
    expect(resolved).toBe(true);
  });
});
