/**
 * npm test: the full gate, what CI runs. Stages run in order and the gate stops at the first that fails:
 * the format, lint and type checks side by side (each uses one core, and none writes what another reads once
 * `svelte-kit sync` has run), then the unit and property tests (Vitest uses every core), the build, and the
 * browser tests against that build. Prints how long each step took.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };

/** Each stage is a list of commands that run side by side. */
export const STAGES = [
  [['svelte-kit', 'sync']],
  [
    ['prettier', '--check', '.'],
    ['eslint', '.'],
    ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']
  ],
  [['vitest', 'run']],
  [['vite', 'build']],
  [['playwright', 'test']]
];

/** Runs one command; side by side, its output is held and printed whole when it ends, so that it stays readable. */
function run(command, together) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, env, stdio: together ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (e) => (output += `${e.message}\n`));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      if (together) process.stdout.write(output);
      console.log(`[gate] ${command.join(' ')}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s`);
      resolve(code === 0);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  for (const stage of STAGES) {
    const passed = await Promise.all(stage.map((command) => run(command, stage.length > 1)));
    if (passed.includes(false)) process.exit(1);
  }
  console.log(`[gate] everything passed in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}
