// A progress bar on stderr for long runs on a terminal; never in CI logs or when stderr is piped.

export interface ProgressTarget {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function progressBar(stderr: ProgressTarget, env: Record<string, string | undefined>, total: number) {
  if (!stderr.isTTY || env.CI || total < 20) return { update: () => {}, done: () => {} };
  let last = 0;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - 30));
    const filled = Math.round((done / total) * width);
    stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
  };
  return {
    update(done: number) {
      const now = Date.now();
      if (now - last > 100 || done === total) {
        last = now;
        draw(done);
      }
    },
    done() {
      stderr.write('\r\u001b[K');
    },
  };
}
