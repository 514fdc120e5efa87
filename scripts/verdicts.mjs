#!/usr/bin/env node
// Reviewing findings on the development set, on the built code (npm run build first). See scripts/verdicts-lib.mjs.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { collectFindings, compare, keyOf, loadVerdicts, precisionByRule, rowToFill, SET_DESCRIPTION, sharedPresent } from './verdicts-lib.mjs';

const HELP = `usage: node scripts/verdicts.mjs [--missing [RULE]] [--stale] [--write]

Lints seeds/, ../shared/corpus and ../shared/corpus2 with policylint:all (dist/, so build first) and compares
the findings with the verdict rows in src/rules/<id>/verdicts.tsv
(file TAB line TAB column TAB messageId TAB true|false TAB reason). A rule with 100 findings or more may be
judged on a random sample of at least 100: its file then says \`#! unjudged N\` with N the number of findings
left unjudged, and that number is checked like a verdict.

  (no option)        per rule: findings, judged true, unjudged; missing and stale counts
  --missing [RULE]   findings without a verdict, as rows to fill in ("?" for the verdict, the message and the
                     finding marked 【…】 in its line as the reason): judge each in its document, then append
                     the row to the rule's verdicts.tsv
  --stale            verdict rows whose finding is gone (a lost true positive when the row says true)
  --write            record the measured precision in docs/precision.json (then npm run docs puts it in the
                     README and the rule pages)
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
  process.exit(0);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!sharedPresent(root)) {
  console.error('verdicts: ../shared/corpus and ../shared/corpus2 are needed beside the repository');
  process.exit(2);
}
const api = await import(path.join(root, 'dist/index.js'));
const findings = await collectFindings(root, api.lintFiles);
const { byRule, unjudged, problems } = loadVerdicts(root);
for (const p of problems) console.error(p);
const { missing, stale, perRule } = compare(findings, byRule, unjudged);

if (args.includes('--missing')) {
  const rule = args[args.indexOf('--missing') + 1];
  const wanted = rule && !rule.startsWith('--') ? rule : null;
  for (const f of missing) if (!wanted || f.ruleId === wanted) console.log(`${f.ruleId}\t${rowToFill(f)}`);
} else if (args.includes('--stale')) {
  for (const r of stale) console.log(`${r.ruleId}\t${keyOf(r)}\t${r.verdict}\t${r.reason}`);
} else if (args.includes('--write')) {
  const record = { measured: new Date().toISOString().slice(0, 10), set: SET_DESCRIPTION, rules: precisionByRule(perRule, api.builtinPlugin.rules) };
  writeFileSync(path.join(root, 'docs/precision.json'), JSON.stringify(record, null, 2) + '\n');
  console.log(`wrote docs/precision.json (missing: ${missing.length}, stale: ${stale.length}); now run npm run docs`);
} else {
  for (const [id, s] of [...perRule].sort()) {
    const declared = unjudged.has(id) ? ` (declared: ${unjudged.get(id)})` : '';
    console.log(`${id}: ${s.findings} findings (${s.errors} at error), ${s.judged} judged, ${s.truePositives} true, ${s.unjudged} unjudged${declared}`);
  }
  console.log(`missing: ${missing.length}, stale: ${stale.length}, bad rows: ${problems.length}`);
}
