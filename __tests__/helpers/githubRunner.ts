/**
 * Runs the committed Action bundles the way the runner does: inputs as INPUT_* variables, real
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files in a temp dir, and the
 * saved state handed to the post step as STATE_* variables.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode, type RunResult } from './harness.js';

export interface RunnerFiles {
  readonly dir: string;
  readonly env: string;
  readonly output: string;
  readonly state: string;
  readonly summary: string;
}

export function runnerFiles(): RunnerFiles {
  const dir = mkdtempSync(join(tmpdir(), 'rac-runner-'));
  const files = {
    env: join(dir, 'env'),
    output: join(dir, 'output'),
    state: join(dir, 'state'),
    summary: join(dir, 'summary'),
  };
  for (const path of Object.values(files)) writeFileSync(path, '');
  return { dir, ...files };
}

export function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
}

export function runnerEnv(files: RunnerFiles): Record<string, string> {
  return {
    GITHUB_ENV: files.env,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: files.dir,
    HOME: files.dir,
  };
}

/** Reads a file-command file (`NAME<<DELIM\nvalue\nDELIM` or `NAME=value` lines) into a map. */
export function readFileCommands(path: string): Map<string, string> {
  const lines = readFileSync(path, 'utf8').split('\n');
  const values = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      values.set(name, value.join('\n'));
    } else if (line.includes('=')) {
      values.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
    }
  }
  return values;
}

export interface ActionRun extends RunResult {
  readonly files: RunnerFiles;
}

export async function runActionMain(
  inputs: Readonly<Record<string, string>>,
  options: {
    nodeBinary?: string;
    extraEnv?: Record<string, string>;
    files?: RunnerFiles;
    bare?: boolean;
  } = {},
): Promise<ActionRun> {
  const files = options.files ?? runnerFiles();
  const env = {
    ...(options.bare ? {} : runnerEnv(files)),
    ...inputEnv(inputs),
    ...options.extraEnv,
  };
  const result = await runNode('dist/main/index.js', [], {
    env,
    ...(options.nodeBinary ? { nodeBinary: options.nodeBinary } : {}),
  });
  return { ...result, files };
}

export async function runActionPost(
  files: RunnerFiles,
  options: { nodeBinary?: string } = {},
): Promise<RunResult> {
  const state = Object.fromEntries(
    [...readFileCommands(files.state)].map(([name, value]) => [`STATE_${name}`, value]),
  );
  return runNode('dist/post/index.js', [], {
    env: { ...runnerEnv(files), ...state },
    ...(options.nodeBinary ? { nodeBinary: options.nodeBinary } : {}),
  });
}
