// --shard i/n: splits the file list so that n CI runners each lint one part of a large archive.
// Deterministic on every runner (it depends only on paths relative to the working folder and file sizes),
// and balanced by size: largest files first, each to the shard with the least bytes so far.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { relativePosix } from './paths.js';

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new ConfigError(`--shard: expected "i/n" with 1 ≤ i ≤ n, e.g. "2/4", found "${value}"`);
  }
  return { index, count };
}

const pathHash = (p: string) => createHash('sha1').update(p).digest('hex');

export function selectShard(files: string[], shard: Shard, cwd: string): string[] {
  if (shard.count === 1) return files;
  const entries = files.map((file) => {
    const rel = relativePosix(cwd, file);
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // unreadable files still belong to exactly one shard, which reports them
    }
    return { file, size, hash: pathHash(rel) };
  });
  entries.sort((a, b) => b.size - a.size || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const load = new Array<number>(shard.count).fill(0);
  const mine: string[] = [];
  for (const e of entries) {
    let target = 0;
    for (let s = 1; s < shard.count; s++) if (load[s]! < load[target]!) target = s;
    load[target]! += Math.max(e.size, 1);
    if (target === shard.index - 1) mine.push(e.file);
  }
  return mine.sort();
}
