/**
 * Work for the main thread's idle time: what can wait a moment but must not hold up a frame or an input (rehearsing
 * the chart's frames, writing out saved work).
 */

/** When the main thread is idle, and how long it stays so: `requestIdleCallback`'s shape. */
export type IdleScheduler = (run: (timeLeft: () => number) => void) => () => void;

export const idleScheduler: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }
  // Without idle callbacks (Safari): a pause, then a short slice.
  const handle = setTimeout(() => {
    const end = performance.now() + 16;
    run(() => end - performance.now());
  }, 50);
  return () => clearTimeout(handle);
};

/**
 * Runs `tasks` in order in the main thread's idle periods, each while more than `slack` ms of its period are left, so
 * that none holds up a frame or an input. Returns a cancel for those not yet run.
 */
export function runWhenIdle(tasks: readonly (() => void)[], schedule: IdleScheduler = idleScheduler, slack = 8): () => void {
  let next = 0;
  let cancel = () => {};
  const period = (timeLeft: () => number) => {
    while (next < tasks.length && timeLeft() > slack) tasks[next++]!();
    if (next < tasks.length) cancel = schedule(period);
  };
  if (tasks.length > 0) cancel = schedule(period);
  return () => cancel();
}

/** Resolves in the main thread's next idle period: `await whenIdle()` between slices of a long job. */
export function whenIdle(schedule: IdleScheduler = idleScheduler): Promise<void> {
  return new Promise((resolve) => void schedule(() => resolve()));
}
