// Which blocks are leftovers of a web page or export, as a shared analysis: web-residue reports them, and
// other rules (broken-paragraph) leave them alone instead of reporting the same lines again.
import type { Block } from '../block.js';
import type { PolicyDocument } from '../document.js';
import { isLicenceStart, isLicenceTail, residueKind, type ResidueKind } from './classify.js';

/** The licence footer is a dozen short lines (links were scraped onto lines of their own). */
const MAX_FOOTER_BLOCKS = 30;

/** The residue kind of each block (by block index), or null. */
export function residueKinds(doc: PolicyDocument): readonly (ResidueKind | null)[] {
  return doc.analysis('web-residue', () => {
    const kinds = doc.blocks.map((b) => residueKind(b.text));
    markLicenceFooters(doc.blocks, kinds);
    return kinds;
  });
}

/**
 * The Wikisource footer runs from 本作品是中华人民共和国的… to the last Public domain / false line; the link
 * fragments in between (法律 / 、 / 法规 / 公有领域) belong to it.
 */
function markLicenceFooters(blocks: readonly Block[], kinds: (ResidueKind | null)[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!isLicenceStart(blocks[i]!.text)) continue;
    let end = -1;
    for (let j = i + 1; j < blocks.length && j <= i + MAX_FOOTER_BLOCKS; j++) if (isLicenceTail(blocks[j]!.text)) end = j;
    for (let j = i; j <= end; j++) kinds[j] = 'licence';
    if (end > i) i = end;
  }
}
