/**
 * The server's structure, checked by dependency-cruiser in `npm run lint` (ARCHITECTURE.md, "Module seams").
 * A module is a folder server/src/modules/<name>/. Another module may use it only through its public
 * surface, modules/<name>/api.ts; tests (and the route-matrix samples) may also use its test surface:
 * its test helpers (test-helpers.ts, *-test-helpers.ts, testing/) and its demo data (demo.ts).
 * modules/<name>/index.ts (routes + register) is read by modules/index.ts only. Type-only imports count:
 * a cycle through types is still a cycle between files.
 */
const TEST_FILE = '(\\.test\\.ts|\\.matrix\\.ts|(^|/|-)test-helpers\\.ts|/testing/.*)$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order matter and hide which module depends on which: break the cycle (move the shared part into its own file).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-module-internals',
      severity: 'error',
      comment: "Modules use each other only through the other module's public surface, modules/<name>/api.ts. Export what you need there.",
      from: { path: '^server/src/modules/([^/]+)/', pathNot: TEST_FILE },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: ['^server/src/modules/$1/', '^server/src/modules/[^/]+/api\\.ts$'],
      },
    },
    {
      name: 'no-module-internals-in-tests',
      severity: 'error',
      comment: 'Tests use another module through its public surface (api.ts) or its test surface (test helpers, testing/, demo.ts).',
      from: { path: ['^server/src/modules/([^/]+)/.*' + TEST_FILE] },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: [
          '^server/src/modules/$1/',
          '^server/src/modules/[^/]+/(api|demo)\\.ts$',
          '^server/src/modules/.+test-helpers\\.ts$',
          '^server/src/modules/.+/testing/',
        ],
      },
    },
    {
      name: 'no-platform-to-modules',
      severity: 'error',
      comment: 'The platform is written once for every module and knows none of them: modules register with it.',
      from: { path: '^server/src/platform/' },
      to: { path: '^server/src/modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '^web/dist/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
