// `npm run docs`: writes docs/rules/<id>.md and the README's rule and precision tables from rule metadata and
// docs/precision.json (written by `node scripts/verdicts.mjs --write`).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinPlugin } from '../rules/index.js';
import { readPrecision, ruleDoc, withRuleTable } from './rule-docs.js';
import { PACKAGE_ROOT } from '../package-root.js';

const root = PACKAGE_ROOT + '/';
const rules = Object.values(builtinPlugin.rules);
const docsDir = `${root}docs/rules/`;
mkdirSync(docsDir, { recursive: true });
const wanted = new Set(rules.map((r) => `${r.meta.id}.md`));
for (const f of readdirSync(docsDir)) if (!wanted.has(f)) rmSync(docsDir + f);
const precision = readPrecision(root);
for (const rule of rules) writeFileSync(`${docsDir}${rule.meta.id}.md`, ruleDoc(rule, precision));
const readmePath = `${root}README.md`;
writeFileSync(readmePath, withRuleTable(readFileSync(readmePath, 'utf8'), rules, precision));
console.log(`wrote ${rules.length} rule docs and the README rule table`);
