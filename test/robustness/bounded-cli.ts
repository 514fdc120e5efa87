// The real built CLI under a time and memory limit, for crafted inputs: a hang is killed and a heap blow-up
// fails (rather than swapping the machine). The limits are ceilings for safety, never speed assertions.
import { spawn } from 'node:child_process';
import { CLI, ROOT, type CliRun } from '../helpers/cli.js';

export interface BoundedRun extends CliRun {
  /** Killed by the time limit. */
  killed: boolean;
}

export function runBounded(
  args: string[],
  opts: { cwd?: string; timeoutMs?: number; heapMb?: number; env?: Record<string, string> } = {},
): Promise<BoundedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${opts.heapMb ?? 512}`, CLI, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, killed });
    });
    child.stdin.end('');
  });
}
