// Plugins run inside policylint's process: one that calls process.exit (at once, from a timer, or through a
// reference taken at import) would end the run with a truncated report and the exit code of its choice, and in
// a worker thread it would leave the file's task unsettled forever. Installed before any plugin is loaded,
// this turns such a call into an error: a crash of that rule on that file, or of that worker's task.

export class ProcessExitError extends Error {
  constructor(readonly code: unknown) {
    super(`process.exit(${code === undefined ? '' : String(code)}) was called by a plugin or rule; ignored`);
  }
}

let installed = false;

/** Replaces process.exit (and the internal reallyExit) until the returned function is called; gives the original. */
export function guardProcessExit(): { exit: typeof process.exit; restore(): void } {
  if (installed) throw new Error('process.exit is already guarded');
  const saved = { exit: process.exit.bind(process) as typeof process.exit, reallyExit: (process as unknown as { reallyExit: unknown }).reallyExit };
  installed = true;
  const refuse = ((code?: unknown) => {
    throw new ProcessExitError(code);
  }) as typeof process.exit;
  process.exit = refuse;
  (process as unknown as { reallyExit: unknown }).reallyExit = refuse;
  const restore = () => {
    process.exit = saved.exit;
    (process as unknown as { reallyExit: unknown }).reallyExit = saved.reallyExit;
    installed = false;
  };
  return {
    // process.exit looks reallyExit up when called: put it back first.
    exit: ((code?: number) => {
      restore();
      return saved.exit(code);
    }) as typeof process.exit,
    restore,
  };
}
