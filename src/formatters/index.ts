// Formatters by name; the HTML report is loaded only when asked for.
import type { Formatter } from './types.js';

const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  html: async () => (await import('./html.js')).html,
};

export const FORMATTER_NAMES = Object.keys(loaders);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return loaders[name]?.();
}

export type { Formatter, FormatterContext } from './types.js';
