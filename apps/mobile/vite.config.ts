import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { pwa } from './build/pwa.ts';

// Shown on 我的: the package version and the build date.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const APP_VERSION = `${pkg.version} (${new Date().toISOString().slice(0, 10)})`;

export default defineConfig({
  base: '/m/',
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  // One React: this app's (19). Dependencies hoisted to the root would otherwise get the root's copy.
  resolve: { dedupe: ['react', 'react-dom'] },
  plugins: [react(), pwa({ base: '/m/', swSource: 'src/sw/sw.ts' }), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by scripts/mobile-size.mjs to report the initial JavaScript the app loads.
    manifest: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // Noise from dependencies: "use client" directives and zod's comment annotations.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/api': { target: 'http://localhost:3000' } } },
});
