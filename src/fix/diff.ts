// A unified diff of a fix, for --fix-dry-run.
import { createTwoFilesPatch } from 'diff';

export function fixDiff(displayPath: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 2 });
}
