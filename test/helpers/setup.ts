import { loadMarkdownSupport } from '../../src/document/markdown-support.js';

await loadMarkdownSupport();
import { loadHtmlSupport } from '../../src/document/html-support.js';

// HTML fixtures (src/rules/<id>/fixtures/*.html) are parsed in the tests too.
await loadHtmlSupport();
