// CSS that hides content: inline `style` declarations and classes or ids that a page's own <style> hides.
// Only what hides text for every reader counts: rules inside @media (print-only or small-screen layouts) do not.

/** Declarations that take content out of sight; each returns the declaration as written, for messages. */
const HIDING_DECLARATIONS: RegExp[] = [
  /display\s*:\s*none\b/i,
  /visibility\s*:\s*hidden\b/i,
  /font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|!|$)/i,
  /opacity\s*:\s*0(?:\.0+)?\s*(?:;|!|$)/i,
  /(?:^|;)\s*(?:left|top|right|text-indent|margin-left|margin-top)\s*:\s*-\d{3,}(?:\.\d+)?(?:px|pt|em|rem)?/i,
  // Text too small to read, clipped away or scaled to nothing: the same trick by other means.
  /font-size\s*:\s*(?:0?\.\d+|1)(?:px|pt)\s*(?:;|!|$)/i,
  /clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)/i,
  /clip-path\s*:\s*inset\(\s*(?:50|100)%\s*\)/i,
  /transform\s*:\s*scale\(\s*0(?:\.0+)?\s*\)/i,
];

/** The hiding declaration in a `style` attribute or rule body, normalised (`display:none`); null if none. */
export function hidingDeclaration(css: string): string | null {
  for (const pattern of HIDING_DECLARATIONS) {
    const m = pattern.exec(css);
    if (m) return m[0].replace(/^[;\s]+|[;!\s]+$/g, '').replace(/\s+/g, '').toLowerCase();
  }
  return null;
}

export interface HiddenSelectors {
  /** Class name → the rule that hides it, e.g. `.ad{display:none}`. */
  classes: Map<string, string>;
  ids: Map<string, string>;
}

/** Removes comments, linearly: an unclosed `/*` comments out the rest (as a browser reads it). */
function withoutComments(css: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = css.indexOf('/*', i);
    if (open < 0) return out + css.slice(i);
    out += css.slice(i, open) + ' ';
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
  }
}

/**
 * The top-level rules of a sheet as [selector, body], skipping at-rules (@media, @supports, @font-face …, and
 * statements like @import) and rules with nested blocks. One pass with a depth counter: a sheet with an
 * unclosed brace or comment (a page from a pull request may hold one on purpose) costs linear time, where
 * regular expressions retried from each position were quadratic.
 */
function topLevelRules(css: string): [selector: string, body: string][] {
  const text = withoutComments(css);
  const rules: [string, string][] = [];
  let preludeStart = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ';' && text.slice(preludeStart, i).trimStart().startsWith('@')) {
      preludeStart = i + 1; // @import …; @charset …;
    } else if (c === '}') {
      preludeStart = i + 1; // a stray closing brace
    } else if (c === '{') {
      const prelude = text.slice(preludeStart, i);
      const end = blockEnd(text, i);
      const body = text.slice(i + 1, end - 1);
      if (!prelude.trimStart().startsWith('@') && !body.includes('{')) rules.push([prelude, body]);
      i = end;
      preludeStart = end;
      continue;
    }
    i++;
  }
  return rules;
}

/** Index just past the `}` that closes the block opened at `open` (the end of the text if none does). */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j + 1;
  }
  return text.length;
}

// A selector that names one class or id alone (optionally after a tag): `.ad`, `div.ad`, `#links`.
const SIMPLE_SELECTOR = /^[a-z0-9]*([.#])(-?[_a-z][\w-]*)$/i;

/** Classes and ids that the page's style sheets hide outright. */
export function hiddenSelectors(styleSheets: readonly string[]): HiddenSelectors {
  const classes = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const sheet of styleSheets) {
    for (const [selectors, body] of topLevelRules(sheet)) {
      const declaration = hidingDeclaration(body);
      if (!declaration) continue;
      for (const selector of selectors.split(',')) {
        const s = SIMPLE_SELECTOR.exec(selector.trim());
        if (!s) continue;
        const rule = `${s[1]}${s[2]}{${declaration}}`;
        (s[1] === '.' ? classes : ids).set(s[2]!, rule);
      }
    }
  }
  return { classes, ids };
}
