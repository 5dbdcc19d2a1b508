import type { Timer } from '../../src/serve/index.js';

export interface ManualClock {
  readonly now: () => Date;
  /** Advances the time by `ms` at once: the wait is counted, never slept. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly setTimer: (callback: () => void, ms: number) => Timer;
  /** Moves the time forward by `ms`, firing each timer due on the way at its own instant, in order. */
  readonly advance: (ms: number) => void;
  /** Timers set and neither fired nor cancelled. */
  readonly pending: () => number;
}

interface Pending {
  readonly at: number;
  readonly callback: () => void;
  cancelled: boolean;
}

/** Time that moves only when the test says so: a unit test steps it instead of sleeping. */
export function manualClock(start: Date): ManualClock {
  let now = start.getTime();
  const timers: Pending[] = [];
  const live = (): Pending[] => timers.filter((t) => !t.cancelled);
  return {
    now: () => new Date(now),
    sleep: (ms) => {
      now += ms;
      return Promise.resolve();
    },
    setTimer: (callback, ms) => {
      const timer: Pending = { at: now + ms, callback, cancelled: false };
      timers.push(timer);
      return {
        cancel: () => {
          timer.cancelled = true;
        },
      };
    },
    advance: (ms) => {
      const until = now + ms;
      for (;;) {
        const due = live()
          .filter((t) => t.at <= until)
          .sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        now = Math.max(now, due.at);
        due.cancelled = true;
        due.callback();
      }
      now = until;
    },
    pending: () => live().length,
  };
}

/** Log lines as they come, and a promise for the next one that matches. */
export interface LogBook {
  readonly lines: string[];
  readonly log: (line: string) => void;
  /**
   * The first line matching `pattern` logged from now on, given once the code that logged it has
   * finished its turn (a refresh logs its failure, then clears its in-flight mark).
   */
  readonly next: (pattern: RegExp) => Promise<string>;
}

export function logBook(): LogBook {
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  return {
    lines,
    log: (line) => {
      lines.push(line);
      for (const waiter of waiting.splice(0)) {
        if (waiter.pattern.test(line)) setImmediate(() => waiter.resolve(line));
        else waiting.push(waiter);
      }
    },
    next: (pattern) => new Promise((resolve) => waiting.push({ pattern, resolve })),
  };
}
