// The one place a rule's documentation link is made: the rule's page in the repository, at the tag of this
// version (docs/rules/<id>.md is generated from the rule's metadata), so that SARIF `helpUri` and the language
// server's `codeDescription.href` work on any machine; the package itself does not ship docs/.
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';
import type { Rule } from './types.js';

interface PackageJson {
  version: string;
  repository?: string | { url?: string };
}

const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as PackageJson;

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
function repositoryUrl(): string | undefined {
  const raw = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  if (!raw) return undefined;
  return raw.replace(/^git\+/, '').replace(/\.git$/, '').replace(/^git:\/\//, 'https://');
}

const DOCS_BASE = repositoryUrl() && `${repositoryUrl()}/blob/v${pkg.version}/docs/rules/`;

/** A rule's own `meta.docsUrl` (plugins), else the page of a built-in rule; plugin rules without one have none. */
export function ruleDocsUrl(id: string, rule: Rule | undefined): string | undefined {
  if (rule?.meta.docsUrl) return rule.meta.docsUrl;
  if (id.includes('/') || !DOCS_BASE) return undefined;
  return `${DOCS_BASE}${id}.md`;
}
