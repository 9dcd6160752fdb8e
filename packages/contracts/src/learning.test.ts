import { describe, expect, it } from 'vitest';
import { lessonImageIds, parseInline, parseLessonText } from './learning.ts';

const ID = '0b7f3c1e-2a4d-4e5f-8a9b-1c2d3e4f5a6b';

describe('parseLessonText', () => {
  it('reads headings, paragraphs, lists, notes and images', () => {
    const blocks = parseLessonText(
      `# 标题\n\n第一行\n第二行\n\n- 甲\n- **乙**\n\n1. 一\n2、二\n\n> 提示\n\n![示意图](media:${ID})\n\n<b>不是HTML</b>`,
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: [{ text: '标题', bold: false }] },
      { kind: 'paragraph', text: [{ text: '第一行第二行', bold: false }] },
      { kind: 'list', ordered: false, items: [[{ text: '甲', bold: false }], [{ text: '乙', bold: true }]] },
      { kind: 'list', ordered: true, items: [[{ text: '一', bold: false }], [{ text: '二', bold: false }]] },
      { kind: 'note', text: [{ text: '提示', bold: false }] },
      { kind: 'image', alt: '示意图', mediaId: ID },
      // Raw HTML is only ever text.
      { kind: 'paragraph', text: [{ text: '<b>不是HTML</b>', bold: false }] },
    ]);
    expect(lessonImageIds(`![a](media:${ID})`)).toEqual([ID]);
  });

  it('only names uploaded media: an image link to any other address stays text', () => {
    expect(parseLessonText('![x](https://evil.example/a.png)')).toEqual([
      { kind: 'paragraph', text: [{ text: '![x](https://evil.example/a.png)', bold: false }] },
    ]);
  });

  it('keeps an unpaired ** as text', () => {
    expect(parseInline('a **b** c **d')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c **d', bold: false },
    ]);
  });
});
