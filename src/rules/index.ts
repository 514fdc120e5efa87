// The built-in plugin: the core rules, written against the same API a third-party plugin uses.
import type { Plugin, Rule, RuleSetting } from '../types.js';
import brokenParagraph from './broken-paragraph/index.js';
import countMismatch from './count-mismatch/index.js';
import docNumber from './doc-number/index.js';
import duplicatePassage from './duplicate-passage/index.js';
import duplicatedWord from './duplicated-word/index.js';
import goalConsistency from './goal-consistency/index.js';
import headingSequence from './heading-sequence/index.js';
import injectedContent from './injected-content/index.js';
import numberUsage from './number-usage/index.js';
import phaseTotal from './phase-total/index.js';
import placeholder from './placeholder/index.js';
import phaseYears from './phase-years/index.js';
import rangeFormat from './range-format/index.js';
import shareConsistency from './share-consistency/index.js';
import termUsage from './term-usage/index.js';
import webResidue from './web-residue/index.js';

// Keep this list sorted by id; each rule lives in its own folder.
const rules: Rule[] = [brokenParagraph, countMismatch, docNumber, duplicatePassage, duplicatedWord, goalConsistency, headingSequence, injectedContent, numberUsage, phaseTotal, phaseYears, placeholder, rangeFormat, shareConsistency, termUsage, webResidue];

const byId = Object.fromEntries(rules.map((r) => [r.meta.id, r]));

const preset = (include: (r: Rule) => boolean): Record<string, RuleSetting> =>
  Object.fromEntries(rules.filter(include).map((r) => [r.meta.id, r.meta.severity]));

export const builtinPlugin: Plugin = {
  name: 'policylint',
  rules: byId,
  configs: {
    recommended: { rules: preset((r) => r.meta.recommended !== false) },
    gongwen: { rules: preset((r) => r.meta.recommended !== false || (r.meta.presets ?? []).includes('gongwen')) },
    all: { rules: preset(() => true) },
  },
};
