// Runs one rule over the HTML fixtures of a folder with inline markers, or over a Word file built at test time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PolicyDocument } from '../../src/document/document.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import type { Locale, LintMessage, Rule } from '../../src/types.js';
import { compareWithMarkers, lintWith, readFixture } from './rule-tester.js';

/** Differences between the findings and the markers of every .html file in `dir` (empty when they agree). */
export async function htmlFixtureDiffs(rule: Rule, dir: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const { text, expected } = readFixture(join(dir, name));
    out[name] = compareWithMarkers(await lintWith(rule, text, { filename: name }), expected, [rule.meta.id]);
  }
  return out;
}

/** A Word body: a string is a paragraph, an array of rows is a table. */
export type WordBody = (string | string[][])[];

export async function lintWord(rule: Rule, body: WordBody, locale: Locale = 'zh'): Promise<{ messages: LintMessage[]; text: string }> {
  const cellOf = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const doc = new Document({
    sections: [
      {
        children: body.map((part) =>
          typeof part === 'string'
            ? new Paragraph({ children: [new TextRun(part)] })
            : new Table({ rows: part.map((row) => new TableRow({ children: row.map(cellOf) })) }),
        ),
      },
    ],
  });
  const policy = await PolicyDocument.load(await Packer.toBuffer(doc), 'plan.docx');
  const messages = lintDocument(policy, { rules: [{ id: rule.meta.id, rule, severity: 2, options: {} }], settings: {}, locale });
  return { messages, text: policy.text };
}
