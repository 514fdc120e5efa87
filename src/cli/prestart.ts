// Which worker threads a command line will lint in, started before the command loads the rest of its code.
import { parseCliArgs } from './options.js';
import { prestartWorkers } from '../engine/worker-pool.js';

/**
 * Starts the worker threads a lint run of `argv` will use: one unless --concurrency asks for more (with `auto`,
 * a run of many files on a larger machine makes a bigger pool and this one is stopped). Nothing for the
 * language server, merge-sarif, --help, --version, --print-config, --list-rules, or arguments that do not parse.
 * Returns the number of threads started.
 */
export function prestartWorkersFor(argv: string[]): number {
  if (argv.includes('--lsp') || argv[0] === 'merge-sarif') return 0;
  let opts: ReturnType<typeof parseCliArgs>;
  try {
    opts = parseCliArgs(argv);
  } catch {
    return 0;
  }
  if (opts.help || opts.version || opts.printConfig || opts.listRules) return 0;
  const threads = typeof opts.concurrency === 'number' ? opts.concurrency : 1;
  void prestartWorkers(threads);
  return threads;
}
