import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { transformWithEsbuild, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rollup';

/**
 * The PWA parts of the person app, made at build time with no extra dependency:
 * - `sw.js`: the hand-written service worker (src/sw/sw.ts) compiled, with the list of files that
 *   make the app shell (index.html, the entry chunk, its static imports and CSS) and a version
 *   derived from their hashed names, so each build gets new cache names;
 * - `manifest.webmanifest` (name 洮泊家园, standalone, start_url /m/) and its PNG icons.
 */
export function pwa(opts: { base: string; swSource: string }): Plugin {
  const { base } = opts;
  const icons = [192, 512].map((size) => ({ size, fileName: `icon-${size}.png` }));
  return {
    name: 'taobo-pwa',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'icon', href: `${base}icon-192.png` }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}icon-192.png` }, injectTo: 'head' },
      ];
    },
    async generateBundle(_options, bundle) {
      for (const { size, fileName } of icons) {
        this.emitFile({ type: 'asset', fileName, source: iconPng(size) });
      }
      const manifest = {
        name: '洮泊家园',
        short_name: '洮泊家园',
        description: '社区戒毒社区康复人员服务',
        lang: 'zh-CN',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#f5f5f5',
        theme_color: '#1f4e99',
        icons: icons.map(({ size, fileName }) => ({
          src: `${base}${fileName}`,
          sizes: `${size}x${size}`,
          type: 'image/png',
          purpose: 'any maskable',
        })),
      };
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: JSON.stringify(manifest, null, 2),
      });

      const shell = [
        base,
        ...shellFiles(bundle).map((f) => base + f),
        `${base}manifest.webmanifest`,
        ...icons.map((i) => base + i.fileName),
      ];
      const source = readFileSync(resolve(opts.swSource), 'utf8');
      const version = crypto
        .createHash('sha256')
        .update(JSON.stringify(shell))
        .update(source)
        .digest('hex')
        .slice(0, 12);
      const compiled = await transformWithEsbuild(source, opts.swSource, {
        loader: 'ts',
        format: 'iife',
        target: 'es2022',
        minify: true,
        define: {
          __SW_VERSION__: JSON.stringify(version),
          __SW_SHELL__: JSON.stringify(shell),
          __SW_BASE__: JSON.stringify(base),
        },
      });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: compiled.code });
    },
  };
}

/** The entry chunk, every chunk it imports statically (transitively), their CSS, and index.html. */
export function shellFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (files.has(c.fileName)) return;
    files.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imp of c.imports) {
      const next = byName.get(imp);
      if (next) visit(next);
    }
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  files.add('index.html');
  return [...files].sort();
}

/** A square PNG icon: the app's blue with a white house; drawn per pixel, no image library. */
export function iconPng(size: number): Buffer {
  const blue = [0x1f, 0x4e, 0x99];
  const white = [0xff, 0xff, 0xff];
  const rows: Buffer[] = [];
  const u = size / 16;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const cx = x / u - 8;
      const cy = y / u;
      // Roof: a triangle from (8,3) down to y=8; body: a square 4..12 × 8..13 with a door.
      const roof = cy >= 3 && cy < 8 && Math.abs(cx) <= (cy - 3) * 1.1;
      const body = cy >= 8 && cy < 13 && Math.abs(cx) <= 3.6;
      const door = cy >= 10 && cy < 13 && Math.abs(cx) <= 0.9;
      const c = (roof || body) && !door ? white : blue;
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
