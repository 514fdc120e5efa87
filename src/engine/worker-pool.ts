// The pool of worker threads that lint files. A thread takes about 100 ms to start and load the linter, so the
// command may start it before it has loaded its own code and read its configuration (prestartWorkers); the run
// then takes that pool if it needs one of the same size.
import { pathToFileURL } from 'node:url';
import type Tinypool from 'tinypool';
import { packagePath } from '../package-root.js';

/**
 * The worker's module: the bundled one next to the CLI bundle (one file to load, as for the command itself: a
 * thread that loaded ~90 modules took most of a one-file run's start-up), the built one otherwise (the API in
 * dist/, and the tests, which run from sources).
 */
const WORKER_MODULE = import.meta.url.endsWith('.ts')
  ? pathToFileURL(packagePath('dist', 'engine', 'worker.js')).href
  : new URL('./worker.js', import.meta.url).href;

async function createPool(threads: number): Promise<Tinypool> {
  const { default: Tinypool } = await import('tinypool');
  // Threads start (and load WORKER_MODULE) as soon as the pool exists.
  return new Tinypool({ filename: WORKER_MODULE, minThreads: threads, maxThreads: threads });
}

let prestarted: { threads: number; pool: Promise<Tinypool> } | undefined;

/** Starts a pool of `threads` now, for the next workerPool(threads) to take. */
export function prestartWorkers(threads: number): Promise<Tinypool> {
  prestarted ??= { threads, pool: createPool(threads) };
  return prestarted.pool;
}

/** A pool of `threads` (the prestarted one when it has that size); the caller destroys it. */
export function workerPool(threads: number): Promise<Tinypool> {
  const early = prestarted;
  prestarted = undefined;
  if (early?.threads === threads) return early.pool;
  if (early) void early.pool.then((pool) => pool.destroy());
  return createPool(threads);
}

/** Stops a prestarted pool that no run took (no file to lint, every file from the cache, a usage error). */
export async function releasePrestartedWorkers(): Promise<void> {
  const early = prestarted;
  prestarted = undefined;
  if (early) await (await early.pool).destroy();
}
