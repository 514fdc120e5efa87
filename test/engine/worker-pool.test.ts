// The worker threads a command starts before loading its code: which command lines start them, and that the run
// takes them rather than starting its own.
import { afterEach, describe, expect, it } from 'vitest';
import { prestartWorkersFor } from '../../src/cli/prestart.js';
import { prestartWorkers, releasePrestartedWorkers, workerPool } from '../../src/engine/worker-pool.js';

afterEach(releasePrestartedWorkers);

describe('prestartWorkersFor', () => {
  it.each([
    [['docs/'], 1],
    [['--stdin', '--stdin-filename', 'a.md'], 1],
    [['docs/', '--concurrency', 'auto'], 1],
    [['docs/', '--concurrency', '3'], 3],
    [['--help'], 0],
    [['--version'], 0],
    [['--print-config', 'a.md'], 0],
    [['--list-rules'], 0],
    [['--lsp', '--stdio'], 0],
    [['merge-sarif', 'a.sarif'], 0],
    [['--no-such-option'], 0],
  ])('%j starts %i threads', async (argv, threads) => {
    expect(prestartWorkersFor(argv)).toBe(threads);
  });
});

describe('workerPool', () => {
  it('takes the prestarted pool of the same size, once', async () => {
    const early = await prestartWorkers(1);
    const taken = await workerPool(1);
    expect(taken).toBe(early);
    const next = await workerPool(1);
    expect(next).not.toBe(early);
    expect(taken.threads.length).toBe(1);
    await Promise.all([taken.destroy(), next.destroy()]);
  });

  it('starts a pool of another size and stops the prestarted one', async () => {
    const early = await prestartWorkers(1);
    const pool = await workerPool(2);
    expect(pool).not.toBe(early);
    expect(pool.options.maxThreads).toBe(2);
    await expect.poll(() => early.threads.length).toBe(0);
    await pool.destroy();
  });
});
