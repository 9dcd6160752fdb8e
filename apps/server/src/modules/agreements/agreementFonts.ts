import { create, type Font } from 'fontkit';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Noto Sans Hans (Noto Sans CJK SC, OFL-1.1) as shipped in the npm package @embedpdf/fonts-sc:
// nothing is fetched at install or run time and no system font is needed. See agreementPdf.ts
// for why this font and library.
export interface AgreementFonts {
  regular: Font;
  bold: Font;
}

let cached: Promise<AgreementFonts> | undefined;

/**
 * Reads and parses the two fonts (≈ 17 MB) once per process. Parsing a CJK font is the slow part
 * of a render, so the parsed fonts are shared by every document; each document still embeds its
 * own subset.
 */
export function loadAgreementFonts(): Promise<AgreementFonts> {
  cached ??= readFonts().catch((error: unknown) => {
    cached = undefined; // let a later call retry instead of caching the failure
    throw error;
  });
  return cached;
}

async function readFonts(): Promise<AgreementFonts> {
  // The package exports only its entry point (dist/index.cjs); the fonts sit in ../fonts.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const fontsDir = join(dirname(entry), '..', 'fonts');
  const [regular, bold] = await Promise.all([
    parseFont(join(fontsDir, 'NotoSansHans-Regular.otf')),
    parseFont(join(fontsDir, 'NotoSansHans-Bold.otf')),
  ]);
  return { regular, bold };
}

async function parseFont(path: string): Promise<Font> {
  const font = create(await readFile(path));
  if (!('layout' in font)) throw new Error(`agreement fonts: ${path} is a font collection, not a font`);
  return font;
}
