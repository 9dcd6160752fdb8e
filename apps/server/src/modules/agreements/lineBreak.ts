// Line breaking for Chinese text measured glyph by glyph. CJK text has no spaces, so a line may
// break between any two ideographs, with the usual 避头尾 (kinsoku) rules: closing punctuation
// never starts a line and opening brackets never end one. Runs of Latin letters and digits
// (ID numbers, phone numbers, dates) stay whole unless a single run is wider than the line.

/** Must not start a line. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);
/** Must not end a line. */
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);
/** Characters that glue to their neighbours inside a Latin/digit run, e.g. 2026-01-03, a@b.cn. */
const RUN_CHAR = /[A-Za-z0-9\-./:_@+#*]/;

export type WidthOf = (text: string) => number;

/**
 * Splits `text` into lines no wider than `maxWidth` (as measured by `widthOf`, which is called
 * with single units: one character or one Latin/digit run). Newlines force a break; spaces at
 * the ends of a line are dropped.
 */
export function breakLines(text: string, maxWidth: number, widthOf: WidthOf): string[] {
  return text.split('\n').flatMap((paragraph) => breakParagraph(paragraph, maxWidth, widthOf));
}

function breakParagraph(paragraph: string, maxWidth: number, widthOf: WidthOf): string[] {
  const units = splitUnits(paragraph, maxWidth, widthOf);
  if (units.length === 0) return [''];
  const widths = units.map((u) => widthOf(u));
  const lines: string[] = [];
  let start = 0;
  while (start < units.length) {
    while (start < units.length && units[start] === ' ') start++;
    if (start >= units.length) break;
    let end = start;
    let width = 0;
    while (end < units.length && (end === start || width + (widths[end] ?? 0) <= maxWidth)) {
      width += widths[end] ?? 0;
      end++;
    }
    end = applyKinsoku(units, start, end);
    lines.push(units.slice(start, end).join('').replace(/ +$/, ''));
    start = end;
  }
  return lines.length > 0 ? lines : [''];
}

/** Moves the break at `end` earlier so that no line starts or ends with a forbidden character. */
function applyKinsoku(units: string[], start: number, end: number): number {
  if (end >= units.length) return end;
  let candidate = end;
  while (candidate - 1 > start && isForbiddenBreak(units, candidate)) candidate--;
  // A line made only of forbidden pairs breaks where the width allowed.
  return isForbiddenBreak(units, candidate) ? end : candidate;
}

function isForbiddenBreak(units: string[], at: number): boolean {
  return NO_LINE_START.has(units[at] ?? '') || NO_LINE_END.has(units[at - 1] ?? '');
}

/** Characters, with Latin/digit runs kept together; a run wider than the line is cut char by char. */
function splitUnits(paragraph: string, maxWidth: number, widthOf: WidthOf): string[] {
  const units: string[] = [];
  let run = '';
  const flushRun = () => {
    if (run === '') return;
    if (widthOf(run) <= maxWidth) units.push(run);
    else units.push(...run);
    run = '';
  };
  for (const ch of paragraph) {
    if (RUN_CHAR.test(ch)) {
      run += ch;
      continue;
    }
    flushRun();
    units.push(ch);
  }
  flushRun();
  return units;
}
