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

/** Removes comments and at-rule blocks (@media, @supports, @font-face …), counting braces. */
function topLevelRules(css: string): string {
  const text = css.replace(/\/\*[^]*?\*\//g, ' ');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    const open = text.indexOf('{', at);
    const semi = text.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      // @import …; @charset …;
      i = semi < 0 ? text.length : semi + 1;
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

const RULE = /([^{}]+)\{([^{}]*)\}/g;
// A selector that names one class or id alone (optionally after a tag): `.ad`, `div.ad`, `#links`.
const SIMPLE_SELECTOR = /^[a-z0-9]*([.#])(-?[_a-z][\w-]*)$/i;

/** Classes and ids that the page's style sheets hide outright. */
export function hiddenSelectors(styleSheets: readonly string[]): HiddenSelectors {
  const classes = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const sheet of styleSheets) {
    for (const m of topLevelRules(sheet).matchAll(RULE)) {
      const declaration = hidingDeclaration(m[2]!);
      if (!declaration) continue;
      for (const selector of m[1]!.split(',')) {
        const s = SIMPLE_SELECTOR.exec(selector.trim());
        if (!s) continue;
        const rule = `${s[1]}${s[2]}{${declaration}}`;
        (s[1] === '.' ? classes : ids).set(s[2]!, rule);
      }
    }
  }
  return { classes, ids };
}
