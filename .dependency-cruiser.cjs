/**
 * The boundaries of the tree, checked in `npm run check` (`npm run boundaries`).
 * See README "Layout" for what each layer is for.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain is pure rules: it imports nothing from the contracts or the apps.',
      from: { path: '^packages/domain/' },
      to: { path: '^(apps|packages/contracts)/' },
    },
    {
      name: 'contracts-below-apps',
      severity: 'error',
      comment: 'Contracts are shared by all three apps and import none of them.',
      from: { path: '^packages/contracts/' },
      to: { path: '^apps/' },
    },
    {
      name: 'api-client-below-apps',
      severity: 'error',
      comment: 'The typed API client is shared by both front ends and imports none of the apps.',
      from: { path: '^packages/api-client/' },
      to: { path: '^apps/' },
    },
    {
      name: 'front-ends-never-import-the-server',
      severity: 'error',
      from: { path: '^apps/(console|mobile)/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'front-ends-are-apart',
      severity: 'error',
      comment: 'What both front ends need lives in packages/.',
      from: { path: '^apps/console/' },
      to: { path: '^apps/mobile/' },
    },
    {
      name: 'mobile-apart-from-console',
      severity: 'error',
      from: { path: '^apps/mobile/' },
      to: { path: '^apps/console/' },
    },
    {
      name: 'only-entry-points-import-the-composition-root',
      severity: 'error',
      comment: 'app.ts builds everything; request helpers live in platform/.',
      from: { path: '^apps/server/src/', pathNot: '^apps/server/src/(main|cli/|testing/|.*\\.test\\.ts$)' },
      to: { path: '^apps/server/src/app\\.ts$' },
    },
    {
      name: 'repositories-are-private-to-their-module',
      severity: 'error',
      comment: "A module reaches another module through that module's exported functions, never its repo.",
      from: { path: '^apps/server/src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/server/src/modules/[^/]+/repo\\.ts$', pathNot: '^apps/server/src/modules/$1/' },
    },
    {
      name: 'platform-below-modules',
      severity: 'error',
      comment: 'platform/ serves every module and depends on none.',
      from: { path: '^apps/server/src/platform/' },
      to: { path: '^apps/server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|data|test-results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
