// Import rules that ESLint cannot see (npm run lint:deps, part of npm run lint). ESLint's
// import-x/no-cycle skips an import whose specifiers are all type-only, so a cycle made of
// `import type` lines passes it; here type imports count as imports (tsPreCompilationDeps), so a
// type-only cycle fails too. Boundaries between folders stay in eslint.config.js.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules must not import each other in a circle, type-only imports included. Move the shared ' +
        'types to a module both can import (for a folder, its types.ts).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment:
        'src/domain is plain TypeScript: no React, router, store, app, features, state or UI, type-only ' +
        'imports included.',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(app|features|state|ui)/',
          'node_modules/(@types/)?(react|react-dom|react-router|zustand|@testing-library)/',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage)/' },
    // Count `import type` and type-only specifiers as dependencies.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
