// What a file holds besides its visible prose, in a format-neutral form: text readers do not see (hidden HTML
// elements, Word hidden runs and comments) and markup that puts content on a page by itself (scripts that write
// it, frames, redirects). Filled by the HTML and Word readers; injected-content inspects it.
import type { Block } from './block.js';
import type { Range } from '../leaf-types.js';

export type HiddenContentKind =
  /** Text a reader does not see: an HTML element hidden by CSS or the `hidden` attribute, a Word `w:vanish` run. */
  | 'hidden'
  /** A reviewer's comment in a Word file (not part of the printed text). */
  | 'comment'
  /** A `<script>` that writes content into the page (document.write, innerHTML …); `text` is its code. */
  | 'script'
  /** `<meta http-equiv="refresh">`: the page sends readers elsewhere; `text` is the target. */
  | 'redirect'
  /** `<iframe>`, `<frame>`, `<object>`, `<embed>`: another page shown inside this one; `text` is its address. */
  | 'frame'
  /** The page's `<title>` and `<meta name="description|keywords">`: shown by browsers and search engines, not in the body. */
  | 'metadata';

export interface HiddenContent {
  kind: HiddenContentKind;
  /** How it is hidden or what it is, in source terms: `display:none`, `hidden`, `.ad{display:none}`, `w:vanish`, `<iframe>`. */
  how: string;
  /** The hidden text as it would read if shown (whitespace collapsed), a script's code, or a target address. */
  text: string;
  /** Where it stands in the source: the element or run, or for a comment the text it is attached to. */
  range: Range;
  /**
   * `text` as a block whose `sourceRange` maps into the source, so that the prose detectors can run over it
   * (hidden blocks are numbered apart from `doc.blocks`). Absent for redirects and frames (`text` is an address).
   * A Word comment's text does not stand in the source: its block maps to the start of the paragraph it is on.
   */
  block?: Block;
  /** True when it lies in page chrome (nav, header, footer …) rather than in the document body. */
  chrome?: boolean;
  /** Scripts, frames: the element is itself out of sight (inside a hidden element, or a frame of zero size). */
  concealed?: boolean;
}
