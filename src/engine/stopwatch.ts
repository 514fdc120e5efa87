// Times for TIMING=1 (`stats`): each span's own time, without the spans opened inside it, so that a shared
// analysis computed for the first rule that asks for it (quantities, sentences) is counted apart from that rule.

export class Stopwatch {
  /** Milliseconds by span name, summed over calls. */
  readonly times: Record<string, number> = {};
  private readonly open: { start: number; inner: number }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  time<T>(name: string, work: () => T): T {
    const span = { start: this.now(), inner: 0 };
    this.open.push(span);
    try {
      return work();
    } finally {
      this.open.pop();
      const elapsed = this.now() - span.start;
      this.times[name] = (this.times[name] ?? 0) + elapsed - span.inner;
      const parent = this.open[this.open.length - 1];
      if (parent) parent.inner += elapsed;
    }
  }

  /** An asynchronous span that nothing else runs inside (parsing a file). */
  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      this.times[name] = (this.times[name] ?? 0) + this.now() - start;
    }
  }
}

/** `work()`, timed as `name` when there is a stopwatch (TIMING=1), else just run. */
export function timed<T>(stopwatch: Stopwatch | undefined, name: string, work: () => T): T {
  return stopwatch ? stopwatch.time(name, work) : work();
}

export function timedAsync<T>(stopwatch: Stopwatch | undefined, name: string, work: () => Promise<T>): Promise<T> {
  return stopwatch ? stopwatch.timeAsync(name, work) : work();
}
