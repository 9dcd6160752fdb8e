import { breakLines } from './lineBreak.ts';

// A small flow layout on top of a PDFKit document: a cursor that moves down the page, wrapped and
// justified paragraphs, simple bordered tables, and a new page when the next block does not fit.
// PDFKit's own text flow is not used (we draw each line with `lineBreak: false`), so every break,
// indent and page turn is decided here and can be tested without a PDF.

export type FontName = 'regular' | 'bold';

export interface TextStyle {
  font: FontName;
  size: number;
  /** Distance between baselines, in points. */
  lineHeight: number;
  color?: string;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface TableCell {
  text: string;
  /** Number of columns this cell covers (default 1). */
  span?: number;
  align?: Align;
  style?: TextStyle;
  fill?: string;
}

export interface TableRow {
  cells: TableCell[];
  minHeight?: number;
}

const CELL_PADDING_X = 6;
const CELL_PADDING_Y = 5;
const BORDER_WIDTH = 0.6;
/** Past this extra space per character a line is left-aligned rather than stretched. */
const MAX_JUSTIFY_SPACING_EM = 0.5;

export class PageWriter {
  /** Top of the next block, in points from the top of the page. */
  y: number;
  private readonly widthCache = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly page: PageGeometry,
  ) {
    this.y = page.top;
  }

  get contentWidth(): number {
    return this.page.width - this.page.left - this.page.right;
  }

  private get contentBottom(): number {
    return this.page.height - this.page.bottom;
  }

  widthOf(text: string, style: TextStyle): number {
    const key = `${style.font}|${style.size}|${text}`;
    let width = this.widthCache.get(key);
    if (width === undefined) {
      width = this.use(style).widthOfString(text);
      this.widthCache.set(key, width);
    }
    return width;
  }

  wrap(text: string, maxWidth: number, style: TextStyle): string[] {
    return breakLines(text, maxWidth, (unit) => this.widthOf(unit, style));
  }

  /** Starts a new page unless `height` points still fit below the cursor. */
  ensureSpace(height: number): void {
    // On a fresh page a block taller than the page is drawn anyway rather than leaving blank pages.
    if (this.y + height <= this.contentBottom || this.y === this.page.top) return;
    this.doc.addPage();
    this.y = this.page.top;
  }

  gap(height: number): void {
    this.y += height;
  }

  /** A wrapped paragraph; `firstLineIndent` is in ems (Chinese paragraphs indent two characters). */
  paragraph(text: string, style: TextStyle, options: { align?: Align; firstLineIndent?: number } = {}): void {
    const indent = '\u3000'.repeat(options.firstLineIndent ?? 0);
    const lines = this.wrap(indent + text, this.contentWidth, style);
    lines.forEach((line, i) => {
      // No single line of a paragraph alone at the foot or the head of a page.
      const keepWithNext = i === 0 || i === lines.length - 2 ? 1 : 0;
      this.ensureSpace(style.lineHeight * Math.min(1 + keepWithNext, lines.length - i));
      this.line(line, this.page.left, this.y, this.contentWidth, style, {
        align: options.align ?? 'justify',
        last: i === lines.length - 1,
      });
      this.y += style.lineHeight;
    });
  }

  /** `label` on the left, `value` wrapped in the remaining width and aligned under itself. */
  labeled(label: string, value: string, labelStyle: TextStyle, valueStyle: TextStyle): void {
    const labelWidth = this.widthOf(label, labelStyle);
    const valueWidth = this.contentWidth - labelWidth;
    const lines = this.wrap(value, valueWidth, valueStyle);
    const lineHeight = Math.max(labelStyle.lineHeight, valueStyle.lineHeight);
    lines.forEach((line, i) => {
      this.ensureSpace(lineHeight);
      if (i === 0)
        this.line(label, this.page.left, this.y, labelWidth, labelStyle, { align: 'left', last: true });
      this.line(line, this.page.left + labelWidth, this.y, valueWidth, valueStyle, {
        align: 'justify',
        last: i === lines.length - 1,
      });
      this.y += lineHeight;
    });
  }

  /** A bordered table; a row never splits across pages. `columns` are relative widths, scaled to the content width. */
  table(columns: number[], rows: TableRow[], defaultStyle: TextStyle): void {
    const scale = this.contentWidth / columns.reduce((a, b) => a + b, 0);
    const widths = columns.map((w) => w * scale);
    for (const row of rows) {
      const laidOut = layoutRow(row, widths).map((cell) => {
        const style = cell.style ?? defaultStyle;
        const lines = clampLines(
          this.wrap(cell.text, cell.width - 2 * CELL_PADDING_X, style),
          Math.floor((this.contentBottom - this.page.top - 2 * CELL_PADDING_Y) / style.lineHeight),
        );
        return { ...cell, style, lines, textHeight: lines.length * style.lineHeight };
      });
      const height = Math.max(
        row.minHeight ?? 0,
        ...laidOut.map((cell) => cell.textHeight + 2 * CELL_PADDING_Y),
      );
      this.ensureSpace(height);
      const x0 = this.page.left;
      // Fills first, then borders, so a fill never paints over a neighbour's border.
      for (const cell of laidOut) {
        if (cell.fill) this.doc.rect(x0 + cell.x, this.y, cell.width, height).fill(cell.fill);
      }
      for (const cell of laidOut) {
        const x = x0 + cell.x;
        this.doc.lineWidth(BORDER_WIDTH).rect(x, this.y, cell.width, height).stroke('#000000');
        let lineTop = this.y + (height - cell.textHeight) / 2;
        cell.lines.forEach((line, i) => {
          this.line(line, x + CELL_PADDING_X, lineTop, cell.width - 2 * CELL_PADDING_X, cell.style, {
            align: cell.align ?? 'left',
            last: i === cell.lines.length - 1,
          });
          lineTop += cell.style.lineHeight;
        });
      }
      this.y += height;
    }
  }

  /** Draws one already-broken line whose line box starts at `top`. */
  line(
    text: string,
    x: number,
    top: number,
    width: number,
    style: TextStyle,
    options: { align: Align; last: boolean },
  ): void {
    const natural = this.widthOf(text, style);
    let dx = 0;
    let characterSpacing = 0;
    switch (options.align) {
      case 'left':
        break;
      case 'center':
        dx = (width - natural) / 2;
        break;
      case 'right':
        dx = width - natural;
        break;
      case 'justify': {
        const gaps = [...text].length - 1;
        const spacing = gaps > 0 ? (width - natural) / gaps : 0;
        if (!options.last && spacing > 0 && spacing <= MAX_JUSTIFY_SPACING_EM * style.size) {
          characterSpacing = spacing;
        }
        break;
      }
      default: {
        const unreachable: never = options.align;
        throw new Error(`unknown alignment ${String(unreachable)}`);
      }
    }
    // Centre the em box (ascender 880, descender -120 for Noto Sans CJK) in the line box.
    const glyphTop = top + (style.lineHeight - style.size) / 2;
    this.use(style)
      .fillColor(style.color ?? '#000000')
      .text(text, x + dx, glyphTop, { lineBreak: false, characterSpacing });
  }

  /** A horizontal rule at the cursor. */
  rule(x: number, y: number, width: number): void {
    this.doc
      .lineWidth(BORDER_WIDTH)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke('#000000');
  }

  /** Calls `draw` once per page after the flow is done, e.g. for "第 x 页 共 y 页". */
  eachPage(draw: (pageNumber: number, pageCount: number) => void): void {
    const { start, count } = this.doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      draw(i - start + 1, count);
    }
  }

  private use(style: TextStyle): PDFKit.PDFDocument {
    return this.doc.font(style.font).fontSize(style.size);
  }
}

interface PlacedCell extends TableCell {
  x: number;
  width: number;
}

function layoutRow(row: TableRow, widths: number[]): PlacedCell[] {
  let column = 0;
  let x = 0;
  return row.cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    const placed = { ...cell, x, width };
    column += span;
    x += width;
    return placed;
  });
}

/** A row never splits across pages, so a cell taller than a page is cut short with an ellipsis. */
function clampLines(lines: string[], maxLines: number): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = [...(kept.pop() ?? '')];
  return [...kept, `${last.slice(0, -1).join('')}…`];
}
