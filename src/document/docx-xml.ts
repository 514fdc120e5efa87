// Paragraphs of word/document.xml with the places of hidden runs (w:vanish), which mammoth does not report.
// A linear scan of the tags Word writes; text is rendered the way docx.ts renders mammoth's paragraphs.
import type { Range } from '../leaf-types.js';

export interface XmlParagraph {
  text: string;
  /** Ranges of `text` in runs formatted as hidden (w:vanish). */
  hidden: Range[];
}

const TOKEN = /<(\/?)([\w.-]+:[\w.-]+|[\w.-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[^]*?-->|<\?[^]*?\?>|([^<]+)/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeXml = (s: string) =>
  s.includes('&')
    ? s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? whole))
    : s;

/** `w:val` turns a toggle property off with 0/false/off. */
const isOff = (attributes: string) => /\bw:val\s*=\s*["'](?:0|false|off)["']/i.test(attributes);

export function xmlParagraphs(xml: string): XmlParagraph[] {
  const done: XmlParagraph[] = [];
  const open: XmlParagraph[] = [];
  let inRun = false;
  let inRunProperties = false;
  let runHidden = false;
  let inText = false;
  const add = (text: string) => {
    const p = open[open.length - 1];
    if (!p || text.length === 0) return;
    if (runHidden) {
      const last = p.hidden[p.hidden.length - 1];
      if (last && last[1] === p.text.length) last[1] += text.length;
      else p.hidden.push([p.text.length, p.text.length + text.length]);
    }
    p.text += text;
  };
  for (const m of xml.matchAll(TOKEN)) {
    if (m[5] !== undefined) {
      if (inText) add(decodeXml(m[5]));
      continue;
    }
    const name = m[2];
    if (name === undefined) continue;
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    switch (name) {
      case 'w:p':
        if (closing) done.push(open.pop() ?? { text: '', hidden: [] });
        else if (selfClosing) done.push({ text: '', hidden: [] });
        else open.push({ text: '', hidden: [] });
        break;
      case 'w:r':
        inRun = !closing && !selfClosing;
        runHidden = false;
        break;
      case 'w:rPr':
        inRunProperties = inRun && !closing && !selfClosing;
        break;
      case 'w:vanish':
        if (inRunProperties && !closing) runHidden = !isOff(m[3]!);
        break;
      case 'w:t':
        inText = inRun && !closing && !selfClosing;
        break;
      case 'w:tab':
        if (inRun && !inRunProperties && !closing) add('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && !closing) add(' ');
        break;
    }
  }
  return done;
}
