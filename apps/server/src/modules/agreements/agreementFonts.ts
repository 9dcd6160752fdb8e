import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Noto Sans Hans (Noto Sans CJK SC, OFL-1.1) as shipped in the npm package @embedpdf/fonts-sc:
// nothing is fetched at install or run time and no system font is needed. See agreementPdf.ts
// for why this font and library.
export interface AgreementFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: Promise<AgreementFonts> | undefined;

/** Reads the two font files once per process (≈ 17 MB); later calls reuse the same bytes. */
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
    readFile(join(fontsDir, 'NotoSansHans-Regular.otf')),
    readFile(join(fontsDir, 'NotoSansHans-Bold.otf')),
  ]);
  return { regular, bold };
}
