import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from './lineBreak.ts';

/** Full-width characters are 1 wide, ASCII 0.5, like a CJK font at size 1. */
const widthOf = (text: string) => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

describe('breakLines', () => {
  it('breaks Chinese text between any two characters', () => {
    expect(breakLines('社区戒毒人员应当履行协议', 5, widthOf)).toEqual(['社区戒毒人', '员应当履行', '协议']);
  });

  it('never starts a line with closing punctuation (避头)', () => {
    // '，' would start line 2; '毒' moves down with it.
    expect(breakLines('社区戒毒，接受检测', 4, widthOf)).toEqual(['社区戒', '毒，接受', '检测']);
  });

  it('never ends a line with an opening bracket (避尾)', () => {
    expect(breakLines('依据《戒毒条例》规定', 3, widthOf)).toEqual(['依据', '《戒毒', '条例》', '规定']);
  });

  it('keeps ID numbers, dates and phone numbers whole', () => {
    const lines = breakLines('身份号码43110319880721123X，电话13807461234', 14, widthOf);
    expect(lines).toEqual(['身份号码43110319880721123X，', '电话13807461234']);
  });

  it('cuts a Latin run that is wider than the line', () => {
    expect(breakLines('ABCDEFGHIJ', 2, widthOf)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('breaks Latin text at spaces and drops the spaces at line ends', () => {
    expect(breakLines('Room 501 Building A', 4.5, widthOf)).toEqual(['Room 501', 'Building', 'A']);
  });

  it('keeps explicit newlines and empty text', () => {
    expect(breakLines('甲方\n乙方', 10, widthOf)).toEqual(['甲方', '乙方']);
    expect(breakLines('', 10, widthOf)).toEqual(['']);
  });

  it('loses no character and keeps every line within the width', () => {
    const alphabet = [...'社区戒毒康复协议，。（）《》“”、；：AZaz09- '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((chars) => chars.join('')),
        fc.integer({ min: 2, max: 30 }),
        (text, maxWidth) => {
          const lines = breakLines(text, maxWidth, widthOf);
          expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
          for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(maxWidth);
        },
      ),
    );
  });
});
