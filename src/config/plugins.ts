// Loads plugins from a path (relative to the config file) or an installed package, and checks their shape.
import { createRequire } from 'node:module';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, Rule } from '../types.js';
import { ConfigError } from './errors.js';

const isPath = (spec: string) => spec.startsWith('.') || isAbsolute(spec);

/** `policylint-plugin-foo` and `@scope/policylint-plugin-foo` are referred to as `foo` / `@scope/foo`. */
export function shortPluginName(name: string): string {
  return name.replace(/^(@[^/]+\/)?policylint-plugin-/, '$1');
}

export async function loadPlugin(spec: string, fromDir: string, where: string): Promise<Plugin> {
  let url: string;
  if (isPath(spec)) {
    url = pathToFileURL(resolve(fromDir, spec)).href;
  } else {
    const require = createRequire(join(fromDir, 'noop.js'));
    const candidates = spec.includes('policylint-plugin-') ? [spec] : [spec.replace(/^(@[^/]+\/)?/, '$1policylint-plugin-'), spec];
    const found = candidates.map((c) => tryResolve(require, c)).find(Boolean);
    if (!found) {
      throw new ConfigError(`${where}: plugin "${spec}" not found (looked for ${candidates.map((c) => `"${c}"`).join(', ')} from ${fromDir})`);
    }
    url = pathToFileURL(found).href;
  }
  let mod: Record<string, unknown>;
  try {
    mod = await import(url);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'ERR_MODULE_NOT_FOUND' && isPath(spec) ? 'file not found' : `failed to load: ${e.message}`;
    throw new ConfigError(`${where}: plugin "${spec}" ${reason}`);
  }
  const plugin = (mod.default ?? mod) as Partial<Plugin>;
  checkShape(plugin, spec, where);
  return plugin as Plugin;
}

function tryResolve(require: NodeJS.Require, id: string): string | undefined {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

function checkShape(plugin: Partial<Plugin>, spec: string, where: string): void {
  const fail = (what: string) => {
    throw new ConfigError(`${where}: plugin "${spec}" has the wrong shape: ${what}`);
  };
  if (typeof plugin !== 'object' || plugin === null) fail('it exports no object');
  if (typeof plugin.name !== 'string' || plugin.name === '') fail('expected a string "name"');
  if (typeof plugin.rules !== 'object' || plugin.rules === null) fail('expected an object "rules"');
  for (const [id, rule] of Object.entries(plugin.rules!)) checkRule(id, rule as Partial<Rule>, fail);
  if (plugin.configs !== undefined && (typeof plugin.configs !== 'object' || plugin.configs === null)) {
    fail('"configs" must be an object');
  }
}

function checkRule(id: string, rule: Partial<Rule>, fail: (what: string) => void): void {
  if (typeof rule?.create !== 'function') fail(`rule "${id}" has no create(context) function`);
  const meta = rule.meta;
  if (typeof meta !== 'object' || meta === null) return fail(`rule "${id}" has no meta`);
  if (meta.id !== id) fail(`rule "${id}" has meta.id "${String(meta.id)}"`);
  if (typeof meta.messages !== 'object' || meta.messages === null) fail(`rule "${id}" has no meta.messages`);
  if (meta.severity !== 'warn' && meta.severity !== 'error') fail(`rule "${id}" meta.severity must be "warn" or "error"`);
  if (typeof meta.description?.zh !== 'string') fail(`rule "${id}" has no meta.description.zh`);
}
