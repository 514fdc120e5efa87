import { loadMarkdownSupport } from '../../src/document/markdown-support.js';

await loadMarkdownSupport();
