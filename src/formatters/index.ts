// Formatters by name, each loaded only when asked for. Most write file by file (streaming); SARIF and the
// HTML report need all results at once.
import { collect, type Formatter, type StreamingFormatter } from './types.js';

/** A format as a run uses it: written file by file, or from all results at once. */
export type LoadedFormatter = { stream: StreamingFormatter } | { whole: Formatter };

const loaders: Record<string, () => Promise<LoadedFormatter>> = {
  stylish: async () => ({ stream: (await import('./stylish.js')).stylishStream }),
  compact: async () => ({ stream: (await import('./compact.js')).compactStream }),
  json: async () => ({ stream: (await import('./json.js')).jsonStream }),
  github: async () => ({ stream: (await import('./github.js')).githubStream }),
  sarif: async () => ({ whole: (await import('./sarif.js')).sarif }),
  html: async () => ({ whole: (await import('./html.js')).html }),
};

export const FORMATTER_NAMES = Object.keys(loaders);

/** The streaming form when the format has one, else the whole-report form. */
export async function loadFormatterForRun(name: string): Promise<LoadedFormatter | undefined> {
  return loaders[name]?.();
}

/** A formatter as one function of all results (Node API). */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const loaded = await loaders[name]?.();
  if (!loaded) return undefined;
  return 'whole' in loaded ? loaded.whole : collect(loaded.stream);
}

export type { Formatter, FormatterContext, StreamingFormatter, Totals } from './types.js';
