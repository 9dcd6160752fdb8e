// Prints the initial JavaScript of the person app (洮泊家园), gzipped: the entry chunk, every
// chunk it imports statically (transitively) and their CSS — what the phone downloads before
// the first screen. Lazily loaded pages are listed apart. Reads apps/mobile/dist/.vite/manifest.json
// (run `npm run build -w apps/mobile` first). Budget: 200 KB.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../apps/mobile/dist');
const manifestPath = path.join(dist, '.vite/manifest.json');
if (!fs.existsSync(manifestPath)) {
  console.error('No build manifest: run `npm run build -w apps/mobile` first.');
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const BUDGET = 200 * 1024;

const gz = (file) => gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
const js = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const c of chunk.css ?? []) css.add(c);
  for (const i of chunk.imports ?? []) visit(i);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let jsTotal = 0;
let cssTotal = 0;
console.log('Initial load of /m (gzip -9):');
for (const f of js) {
  const n = gz(f);
  jsTotal += n;
  console.log(`  ${f.padEnd(48)} ${kb(n)}`);
}
for (const f of css) {
  const n = gz(f);
  cssTotal += n;
  console.log(`  ${f.padEnd(48)} ${kb(n)}`);
}
const lazy = Object.values(manifest).filter((c) => c.file.endsWith('.js') && !js.has(c.file));
const lazyTotal = lazy.reduce((s, c) => s + gz(c.file), 0);
console.log(`JavaScript: ${kb(jsTotal)}   CSS: ${kb(cssTotal)}   initial total: ${kb(jsTotal + cssTotal)}`);
console.log(
  `Budget ${kb(BUDGET)} for the initial JavaScript: ${jsTotal <= BUDGET ? 'within' : 'OVER'} budget.`,
);
console.log(
  `(${lazy.length} lazily loaded chunks, ${kb(lazyTotal)} gzipped, fetched when their page opens.)`,
);
if (jsTotal > BUDGET) process.exit(1);
