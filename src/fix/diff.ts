// A unified diff of a fix, for --fix-dry-run. The diff library is loaded only by runs that print one.

export async function fixDiff(displayPath: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return createTwoFilesPatch(`a/${displayPath}`, `b/${displayPath}`, before, after, undefined, undefined, { context: 2 });
}
