/**
 * `npm test`, and `npm run check` (its gates alone, one after another). Each step is a script of
 * package.json, run as npm would run it (its binaries on the PATH), without npm's own start.
 *
 * The gates (svelte-check, ESLint, Prettier, dependency-cruiser, knip) each keep one core busy,
 * and so does Vitest on two cores (it runs one worker fewer than the cores). So on the 2-core
 * machine the two run side by side: the gates in one lane, Vitest then the build and the size
 * budget in the other; Playwright, which needs the build and takes every core, runs last. A
 * lane's steps run in order; the first step that fails ends the run (the other lane's step is
 * stopped) and its output is shown. Each step's output is printed whole when it ends, with its
 * wall time, and the times again at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const scripts = (
  JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }
).scripts;

const GATES = ['check:types', 'check:lint', 'check:format', 'check:layers', 'check:unused'];
const UNIT = ['test:unit --coverage', 'build', 'budget'];
const BROWSER = 'test:e2e';

// Vite's module runner (tools/run.js) set NODE_ENV=development in this process: the steps get
// the environment `npm test` gives them, where it is unset.
const { NODE_ENV: _runner, ...outer } = process.env;
const env = { ...outer, PATH: [`${root}node_modules/.bin`, outer.PATH].join(delimiter) };
const running = new Set<ChildProcess>();
let stopping = false;
const times: string[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one script (with extra arguments after its name), its output kept or shown as it comes. */
function run(step: string, live: boolean): Promise<void> {
  const [name = '', ...args] = step.split(' ');
  const script = scripts[name];
  if (script === undefined) return Promise.reject(new Error(`no script ${name} in package.json`));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Its own process group, so that a failure elsewhere stops it and every process it started.
    const child = spawn('sh', ['-c', [script, ...args].join(' ')], {
      cwd: root,
      env,
      detached: true,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const output: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => output.push(b));
    child.stderr?.on('data', (b: Buffer) => output.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      running.delete(child);
      const ms = performance.now() - started;
      times.push(`${name} ${seconds(ms)}`);
      process.stdout.write(Buffer.concat(output));
      const outcome = code === 0 ? 'passed' : stopping ? 'stopped' : 'FAILED';
      console.log(`── ${step}: ${outcome} in ${seconds(ms)}\n`);
      if (code === 0) resolve();
      else reject(new Error(`${step} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

async function lane(steps: readonly string[], live: boolean): Promise<void> {
  for (const step of steps) await run(step, live);
}

function stopAll() {
  stopping = true;
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // ESRCH: ended meanwhile.
    }
  }
}

// The steps run in process groups of their own, which a terminal's Ctrl-C does not reach: stop
// them here, or they go on using the cores after npm test has ended.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

const started = performance.now();
try {
  if (process.argv[3] === 'check') await lane(GATES, true);
  else {
    await Promise.all([lane(GATES, false), lane(UNIT, false)]);
    await run(BROWSER, true);
  }
  console.log(`${times.join(', ')}\nall passed in ${seconds(performance.now() - started)}`);
} catch (error) {
  stopAll();
  console.error(
    `\n${(error as Error).message}; stopped after ${seconds(performance.now() - started)}`,
  );
  process.exitCode = 1;
}
