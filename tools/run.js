// Node 20 cannot run TypeScript by itself; Vite's module runner can, with no extra package.
// Usage: node tools/run.js tools/build/corpus.ts [args…]
import { runnerImport } from 'vite';
import { resolve } from 'node:path';

const [script] = process.argv.slice(2);
if (!script) {
  console.error('usage: node tools/run.js <script.ts> [args…]');
  process.exit(2);
}
await runnerImport(resolve(script), { configFile: false, logLevel: 'error' });
