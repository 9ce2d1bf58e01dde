/**
 * Import rules the linter cannot see across files: no cycles anywhere in src, and src/lib (pure
 * logic, tested in Node) never reaches into components or the browser-facing modules.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and modules untestable apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: 'src/lib is pure TypeScript: no components, no browser glue, no CLI code.',
      from: { path: '^src/lib/' },
      to: { path: ['^src/components/', '^src/[^/]+\\.(ts|svelte)$', '^src/cli/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
