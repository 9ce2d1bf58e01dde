/**
 * The layers of the tree, held by the tool (README, "Where things are"): no cycles anywhere;
 * src/lib is pure and imports nothing outside itself; a view imports lib and the shell, not
 * another view (own texts, which are shown by the comparison and the report themselves, name the
 * three modules they borrow); workers import lib only; src never imports tools or tests; tools
 * reach the components only through the prerender's one entry. tests/unit/build/layers.test.ts
 * shows that a wrong import fails `npm run check`.
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
      comment: 'src/lib is pure TypeScript: it imports only src/lib (and packages).',
      from: { path: '^src/lib/' },
      to: { path: '^(src/(?!lib/)|tools/|tests/)' },
    },
    {
      name: 'view-is-a-room',
      severity: 'error',
      comment: 'A view imports lib and the shell, not another view or the app around it.',
      from: { path: '^src/views/([^/]+)/' },
      to: {
        path: '^src/(views|app|workers)/',
        pathNot: [
          '^src/views/$1/',
          '^src/views/shell/',
          // Own texts are shown by the comparison and the report themselves.
          '^src/views/compare/(Comparison\\.svelte|comparison\\.ts)$',
          '^src/views/report/Report\\.svelte$',
        ],
      },
    },
    {
      name: 'own-borrows-only-from-own',
      severity: 'error',
      comment: 'Only own texts borrow the comparison and the report.',
      from: { path: '^src/views/', pathNot: '^src/views/(own|compare|report)/' },
      to: { path: '^src/views/(compare|report)/', pathNot: '^src/views/shell/' },
    },
    {
      name: 'worker-is-lib-only',
      severity: 'error',
      comment: 'A worker entry runs lib code, nothing of the page.',
      from: { path: '^src/workers/' },
      to: { path: '^(src/(?!lib/)|tools/|tests/)' },
    },
    {
      name: 'src-is-not-tools',
      severity: 'error',
      comment: 'What ships never imports the build, the benches or the tests.',
      from: { path: '^src/' },
      to: { path: '^(tools|tests)/' },
    },
    {
      name: 'tools-through-the-prerender',
      severity: 'error',
      comment: 'The build and benches use lib; the components only through the prerender entry.',
      from: { path: '^tools/', pathNot: '^tools/build/prerender-render\\.ts$' },
      to: { path: '^src/(app|views|workers)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
