/**
 * What the cold-start table runs, each as a child process with only the environment it needs:
 * the `node -e 0` baseline, the Action's main step to credentials, `credential-process` without and
 * with its cache, and `demo`.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The defaults action.yml declares: the runner passes them as INPUT_* like any other input. */
export function actionDefaults(actionYml) {
  if (!existsSync(actionYml)) return {};
  const defaults = {};
  let current;
  let inInputs = false;
  for (const line of readFileSync(actionYml, 'utf8').split('\n')) {
    if (/^\S/.test(line)) inInputs = line.startsWith('inputs:');
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) current = name[1];
    const value = /^ {4}default:\s*(?:'([^']*)'|"([^"]*)"|(\S.*))\s*$/.exec(line);
    if (value && current) defaults[current] = value[1] ?? value[2] ?? value[3] ?? '';
  }
  return defaults;
}

export function inputEnv(inputs) {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value,
    ]),
  );
}

/** Fresh GITHUB_ENV / OUTPUT / STATE / STEP_SUMMARY files, as the runner gives each step. */
export function runnerFiles(scratch) {
  const dir = mkdtempSync(join(scratch, 'runner-'));
  const files = {
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  for (const path of Object.values(files)) writeFileSync(path, '');
  return { dir, files };
}

function processCredentialsError(result) {
  if (result.exitCode !== 0)
    return firstLine(result.stderr) || `exit ${result.exitCode ?? result.signal}`;
  try {
    const document = JSON.parse(result.stdout);
    return document.Version === 1 && typeof document.AccessKeyId === 'string'
      ? undefined
      : 'stdout is not a credential_process document';
  } catch {
    return 'stdout is not JSON';
  }
}

/** The line that says what went wrong: an `Error:` line of a stack trace if there is one, else the first. */
function firstLine(text) {
  const lines = text
    .trim()
    .split('\n')
    .filter((line) => line.trim() !== '');
  const telling = lines.find((line) => /^\w*Error\b|^Error \[|::error::/.test(line.trim()));
  return (telling ?? lines[0] ?? '').trim().slice(0, 200);
}

/**
 * @param ctx { dist, emulator, scratch, actionYml }
 * Each subject: { id, label, prepare() → { args, env, after?(result) → error|undefined } }.
 */
export function coldStartSubjects(ctx) {
  const { emulator, scratch } = ctx;
  const certificatePem = readFileSync(emulator.files.certificate, 'utf8');
  const privateKeyPem = readFileSync(emulator.files.privateKey, 'utf8');
  const defaults = actionDefaults(ctx.actionYml);
  const home = mkdtempSync(join(scratch, 'home-'));
  const cacheDir = join(scratch, 'cache');
  const cliFlags = [
    '--certificate',
    emulator.files.certificate,
    '--private-key',
    emulator.files.privateKey,
    '--trust-anchor-arn',
    emulator.arns.trustAnchorArn,
    '--profile-arn',
    emulator.arns.profileArn,
    '--role-arn',
    emulator.arns.roleArn,
    '--endpoint',
    emulator.url,
  ];
  return [
    {
      id: 'baseline',
      label: 'node -e 0 (baseline)',
      prepare: () => ({ args: ['-e', '0'], env: {} }),
    },
    {
      id: 'action',
      label: 'Action main → credentials',
      callsService: true,
      prepare: () => {
        const runner = runnerFiles(scratch);
        // Material as it arrives from secrets: PEM text in the inputs, not paths.
        const inputs = {
          ...defaults,
          certificate: certificatePem,
          'private-key': privateKeyPem,
          'trust-anchor-arn': emulator.arns.trustAnchorArn,
          'profile-arn': emulator.arns.profileArn,
          'role-arn': emulator.arns.roleArn,
          endpoint: emulator.url,
        };
        return {
          args: [join(ctx.dist, 'main', 'index.js')],
          env: {
            ...runner.files,
            GITHUB_ACTIONS: 'true',
            RUNNER_TEMP: runner.dir,
            HOME: runner.dir,
            ...inputEnv(inputs),
          },
          after: (result) => {
            if (result.exitCode !== 0) {
              const error = result.stdout.split('\n').find((l) => l.startsWith('::error'));
              return (
                (error ?? firstLine(result.stderr)) || `exit ${result.exitCode ?? result.signal}`
              );
            }
            const exported = readFileSync(runner.files.GITHUB_ENV, 'utf8');
            return exported.includes('AWS_SESSION_TOKEN<<')
              ? undefined
              : 'GITHUB_ENV has no credentials';
          },
        };
      },
    },
    {
      id: 'cpUncached',
      label: 'credential-process --no-cache',
      callsService: true,
      prepare: () => ({
        args: [join(ctx.dist, 'cli', 'index.js'), 'credential-process', ...cliFlags, '--no-cache'],
        env: { HOME: home },
        after: processCredentialsError,
      }),
    },
    {
      id: 'cpCached',
      label: 'credential-process (cached)',
      callsService: false,
      prepare: () => ({
        args: [join(ctx.dist, 'cli', 'index.js'), 'credential-process', ...cliFlags],
        env: { HOME: home, RAC_CACHE_DIR: cacheDir },
        after: processCredentialsError,
      }),
    },
  ];
}

export function demoSubject(ctx) {
  const home = mkdtempSync(join(ctx.scratch, 'demo-home-'));
  return {
    id: 'demo',
    label: 'demo (whole flow, own emulator)',
    prepare: () => ({
      args: [join(ctx.dist, 'cli', 'index.js'), 'demo'],
      env: { HOME: home },
      after: (result) =>
        result.exitCode === 0 && /Done in \d+ ms/.test(result.stdout)
          ? undefined
          : firstLine(result.stderr) || `exit ${result.exitCode ?? result.signal}`,
    }),
    /** What demo reports itself, from its first line of work to its last. */
    internalMs: (result) => Number(/Done in (\d+) ms/.exec(result.stdout)?.[1] ?? Number.NaN),
  };
}
