// A photo credit ending a line: 新华社记者 王鹏 摄, （本报记者 刘　彬 摄）, 图/张三、李四摄, 通讯员 张三 李四 摄影.
//
// Read by a scan rather than one pattern: names of two to four characters, spaced out or not, separated by
// spaces, 、 or 和 (which is also a character of names) split a run of characters in exponentially many ways, and
// a pattern tried them all when the line did not end as a credit (a line of 45 characters spaced apart by
// PDF extraction, 发 展 发 展 …, took 14 seconds). The scan accepts exactly what that pattern did:
//   (^|[\s。，；）)（(]) [（(]? \s* (agency \s*)? (credit \s*)? [:：]? \s* NAME ((\s*[、和]\s*|\s+) NAME)* \s* [/／]? \s* 摄影? \s* [）)]? $
// where NAME is a character followed by one to three more, each after at most one space ([ \u3000]).
import captions from './captions.json' with { type: 'json' };

const AGENCIES = captions.agencies;
const CREDITS = captions.credits;
const START = new Set([...'。，；）)（(']);
const isNameChar = (c: string | undefined): boolean => c !== undefined && ((c >= '\u4e00' && c <= '\u9fff') || c === '·');
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
/** A space that may stand inside a name (刘　彬). */
const isNameSpace = (c: string | undefined): boolean => c === ' ' || c === '\u3000';

export function endsWithCredit(t: string): boolean {
  const namesEnd = creditMarkAt(t);
  if (namesEnd === null || !isNameChar(t[namesEnd - 1])) return false;
  const names = nameListStarts(t, namesEnd);
  for (let p = 0; p < namesEnd; p++) {
    if (p > 0 && !isSpace(t[p - 1]) && !START.has(t[p - 1]!)) continue;
    if (leadsToNames(t, p, names)) return true;
  }
  return false;
}

/** Where the names end before `[/／] 摄 [）)]` closing the line (spaces allowed between), or null. */
function creditMarkAt(t: string): number | null {
  let i = t.length;
  if (t[i - 1] === '）' || t[i - 1] === ')') i--;
  i = skipSpacesBack(t, i);
  if (t[i - 1] === '影' && t[i - 2] === '摄') i -= 2;
  else if (t[i - 1] === '摄') i--;
  else return null;
  i = skipSpacesBack(t, i);
  if (t[i - 1] === '/' || t[i - 1] === '／') i = skipSpacesBack(t, i - 1);
  return i;
}

/** `starts[q]`: t[q, end) is a list of names (NAME, then separator and NAME, any number of times). */
function nameListStarts(t: string, end: number): boolean[] {
  const starts = new Array<boolean>(end + 1).fill(false);
  const listAt = (q: number): boolean => q < end && starts[q]!;
  for (let q = end - 1; q >= 0; q--) {
    if (!isNameChar(t[q])) continue;
    // A name has 2 to 4 characters, each after at most one space; which one follows is decided by the text.
    let x = q + 1;
    for (let chars = 2; chars <= 4; chars++) {
      if (isNameSpace(t[x]) && isNameChar(t[x + 1])) x++;
      if (!isNameChar(t[x]) || x >= end) break;
      x++;
      if (x === end || afterSeparator(t, x, listAt)) {
        starts[q] = true;
        break;
      }
    }
  }
  return starts;
}

/** A separator starts at `j` (spaces; or 、 or 和 with spaces around) and a list of names follows it. */
function afterSeparator(t: string, j: number, listAt: (q: number) => boolean): boolean {
  const w = skipSpaces(t, j);
  if (w > j && listAt(w)) return true;
  return (t[w] === '、' || t[w] === '和') && listAt(skipSpaces(t, w + 1));
}

/** From `p`: an optional bracket, agency and credit word, colon (spaces between), then the names. */
function leadsToNames(t: string, p: number, names: boolean[]): boolean {
  let x = p;
  if (t[x] === '（' || t[x] === '(') x++;
  x = skipSpaces(t, x);
  for (const a of [x, ...wordEnds(t, x, AGENCIES)]) {
    for (const c of [a, ...wordEnds(t, a, CREDITS)]) {
      let y = c;
      if (t[y] === ':' || t[y] === '：') y++;
      y = skipSpaces(t, y);
      if (names[y]) return true;
    }
  }
  return false;
}

/** Ends (spaces after included) of the words of `words` written at `x`. */
function wordEnds(t: string, x: number, words: readonly string[]): number[] {
  return words.filter((w) => t.startsWith(w, x)).map((w) => skipSpaces(t, x + w.length));
}

function skipSpaces(t: string, i: number): number {
  while (isSpace(t[i])) i++;
  return i;
}

function skipSpacesBack(t: string, i: number): number {
  while (i > 0 && isSpace(t[i - 1])) i--;
  return i;
}
