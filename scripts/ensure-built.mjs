// Builds the console and the person app (洮泊家园, /m) before `npm start` when a bundle is
// missing or older than its sources, so a fresh clone needs only `npm ci && npm start`.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shared = [
  'packages/contracts/src',
  'packages/domain/src',
  'packages/api-client/src',
  'scripts/vite-precompress.mjs',
];
const apps = [
  {
    name: 'console',
    label: 'the console',
    sources: ['apps/console/src', 'apps/console/index.html', 'apps/console/vite.config.ts'],
  },
  {
    name: 'mobile',
    label: 'the person app',
    sources: ['apps/mobile/src', 'apps/mobile/build', 'apps/mobile/index.html', 'apps/mobile/vite.config.ts'],
  },
];

function newest(p) {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(full).map((f) => newest(path.join(p, f))));
}

for (const app of apps) {
  const built = path.join(root, `apps/${app.name}/dist/index.html`);
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  if (builtAt < Math.max(...[...app.sources, ...shared].map(newest))) {
    console.log(`Building ${app.label}…`);
    execSync(`npm run build -w apps/${app.name}`, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
