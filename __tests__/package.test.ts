/**
 * The package as npm publishes it: the file list, a zero-dependency install of the packed tarball
 * into an empty project, the library imported there from ESM and CommonJS on Node 20 and 24 and
 * used against the emulator, and a TypeScript consumer under the three module resolutions.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NODE24,
  NODE_NPM,
  createTestPki,
  runCommand,
  runNode,
  startTestEmulator,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
} from './helpers/harness.js';
import { inputEnv, readFileCommands, runnerEnv, runnerFiles } from './helpers/githubRunner.js';

const ROOT = resolve('.');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** npm with the environment it needs (HOME for its cache) and nothing from this checkout. */
function npm(args: readonly string[], cwd: string) {
  return runCommand('npm', args, {
    cwd,
    timeoutMs: 120_000,
    env: {
      HOME: process.env['HOME'] ?? tmpdir(),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
  });
}

interface PackedFile {
  readonly path: string;
}

describe('the npm package', () => {
  let scratch: string;
  let consumer: string;
  let tarball: string;
  let installed: { added?: number };

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'ra-package-'));
    const packed = await npm(['pack', '--json', '--pack-destination', scratch], ROOT);
    expect(packed.exitCode, packed.stderr).toBe(0);
    const [entry] = JSON.parse(packed.stdout) as { filename: string }[];
    tarball = join(scratch, entry?.filename ?? '');
    consumer = join(scratch, 'consumer');
    await runCommand('mkdir', [consumer]);
    await writeFile(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
    );
    const install = await npm(['install', '--json', '--no-package-lock', tarball], consumer);
    expect(install.exitCode, install.stderr).toBe(0);
    installed = JSON.parse(install.stdout) as { added?: number };
  }, 180_000);

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('packs the bundles, declarations, action.yml, the GitLab template, README and LICENSE, and nothing else', async () => {
    const dry = await npm(['pack', '--dry-run', '--json'], ROOT);
    expect(dry.exitCode, dry.stderr).toBe(0);
    const [report] = JSON.parse(dry.stdout) as { files: PackedFile[] }[];
    const paths = (report?.files ?? []).map((file) => file.path);
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'action.yml',
      '.gitlab-ci-template.yml',
      'dist/cli/index.js',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/types/src/lib/index.d.ts',
    ]) {
      expect(paths).toContain(needed);
    }
    const topLevel = new Set(['package.json', 'README.md', 'LICENSE', 'action.yml']);
    const stray = paths.filter(
      (path) =>
        !topLevel.has(path) &&
        path !== '.gitlab-ci-template.yml' &&
        !/^dist\/(cli|lib)\//.test(path),
    );
    expect(stray).toEqual([]);
    const secretsOrTests = paths.filter((path) =>
      /__tests__|fixtures|vectors|\.(pem|key|p12|pfx|crt|der)$|^src\/|\.test\./i.test(path),
    );
    expect(secretsOrTests).toEqual([]);
  });

  it('declares no runtime dependencies and points main and types at the library bundle', async () => {
    const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest['dependencies'] ?? {}).toEqual({});
    expect(manifest['main']).toBe('./dist/lib/index.js');
    expect(manifest['types']).toBe('./dist/lib/index.d.ts');
  });

  it('installs into an empty project adding exactly one package', async () => {
    expect(installed.added).toBe(1);
    const modules = (await readdir(join(consumer, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    );
    expect(modules).toEqual(['rolesanywhere-credentials']);
  });

  describe('used from the installed package, with nothing else installed', () => {
    let em: TestEmulator;
    let files: MaterialFiles;

    beforeAll(async () => {
      const pki = await createTestPki();
      em = await startTestEmulator(pki);
      files = await writeMaterial(pki);
      const body = (load: string) =>
        `${load}\n` +
        "const { readFileSync } = fs;\nconst read = (name) => readFileSync(process.env[name], 'utf8');\n" +
        'const provider = fromRolesAnywhere({\n' +
        "  certificate: read('CERT'), privateKey: read('KEY'), intermediates: read('CHAIN'),\n" +
        '  trustAnchorArn: process.env.TA, profileArn: process.env.PROFILE, roleArn: process.env.ROLE,\n' +
        '  endpoint: process.env.ENDPOINT,\n' +
        '});\n' +
        'provider().then((c) => console.log(JSON.stringify({ ok: c.accessKeyId.startsWith("ASIA"), expiration: c.expiration instanceof Date })));\n';
      await writeFile(
        join(consumer, 'esm.mjs'),
        body(
          "import fs from 'node:fs';\nimport { fromRolesAnywhere } from 'rolesanywhere-credentials';",
        ),
      );
      await writeFile(
        join(consumer, 'cjs.cjs'),
        body(
          "const fs = require('node:fs');\nconst { fromRolesAnywhere } = require('rolesanywhere-credentials');",
        ),
      );
    });

    afterAll(async () => {
      await em.close();
      await rm(files.dir, { recursive: true, force: true });
    });

    const env = () => ({
      CERT: files.certificate,
      KEY: files.privateKey,
      CHAIN: files.intermediates,
      TA: em.arns.trustAnchorArn,
      PROFILE: em.arns.profileArn,
      ROLE: em.arns.roleArn,
      ENDPOINT: em.url,
    });

    for (const [runtime, binary] of [
      ['Node 20', NODE_NPM],
      ['Node 24', NODE24],
    ] as const) {
      for (const script of ['esm.mjs', 'cjs.cjs']) {
        it(`obtains credentials through ${script.startsWith('esm') ? 'import' : 'require()'} on ${runtime}`, async () => {
          const run = await runNode(script, [], { cwd: consumer, nodeBinary: binary, env: env() });
          expect(run.stderr).toBe('');
          expect(run.exitCode).toBe(0);
          expect(JSON.parse(run.stdout)).toEqual({ ok: true, expiration: true });
        });
      }
    }

    it('runs the whole demo from the installed CLI, emulator included', async () => {
      const bin = join(consumer, 'node_modules', '.bin', 'rolesanywhere-credentials');
      const run = await runCommand(bin, ['demo'], { cwd: consumer, env: { HOME: consumer } });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/assumed-role/);
    });

    it('runs the Action bundle from a copy with no node_modules anywhere above it', async () => {
      const copy = join(scratch, 'action');
      await cp(join(ROOT, 'dist', 'main'), join(copy, 'dist', 'main'), { recursive: true });
      const files = runnerFiles();
      const run = await runNode(join(copy, 'dist', 'main', 'index.js'), [], {
        cwd: copy,
        env: {
          ...runnerEnv(files),
          ...inputEnv({
            certificate: readFileSync(env().CERT, 'utf8'),
            'private-key': readFileSync(env().KEY, 'utf8'),
            'certificate-chain': readFileSync(env().CHAIN, 'utf8'),
            'trust-anchor-arn': em.arns.trustAnchorArn,
            'profile-arn': em.arns.profileArn,
            'role-arn': em.arns.roleArn,
            endpoint: em.url,
          }),
        },
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(readFileCommands(files.env).get('AWS_ACCESS_KEY_ID')).toMatch(/^ASIA/);
      await rm(files.dir, { recursive: true, force: true });
    });
  });

  describe('a TypeScript consumer', () => {
    const source =
      "import { fromRolesAnywhere, RolesAnywhereError, type AwsCredentialIdentityProvider } from 'rolesanywhere-credentials';\n" +
      'const provider: AwsCredentialIdentityProvider = fromRolesAnywhere({\n' +
      "  certificate: '', trustAnchorArn: 'a', profileArn: 'p', roleArn: 'r', durationSeconds: 900,\n" +
      '});\n' +
      'export const expires: Promise<Date> = provider().then((c) => c.expiration);\n' +
      'export const code = (e: unknown): string | undefined => (e instanceof RolesAnywhereError ? e.code : undefined);\n' +
      '// @ts-expect-error durationSeconds is a number, so the declarations are really read\n' +
      "fromRolesAnywhere({ certificate: '', trustAnchorArn: 'a', profileArn: 'p', roleArn: 'r', durationSeconds: '900' });\n";

    const resolutions = [
      { moduleResolution: 'node10', module: 'commonjs', file: 'node10.ts' },
      { moduleResolution: 'node16', module: 'node16', file: 'node16.mts' },
      { moduleResolution: 'bundler', module: 'esnext', file: 'bundler.ts' },
    ] as const;

    for (const { moduleResolution, module, file } of resolutions) {
      it(`compiles against the declarations under moduleResolution ${moduleResolution}`, async () => {
        await writeFile(join(consumer, file), source);
        const config = join(consumer, `tsconfig.${moduleResolution}.json`);
        await writeFile(
          config,
          JSON.stringify({
            compilerOptions: {
              strict: true,
              noEmit: true,
              skipLibCheck: false,
              target: 'es2022',
              module,
              moduleResolution,
              types: ['node'],
              typeRoots: [join(ROOT, 'node_modules', '@types')],
              ...(moduleResolution === 'node10' ? { ignoreDeprecations: '6.0' } : {}),
            },
            files: [file],
          }),
        );
        const run = await runNode(TSC, ['-p', config], { cwd: consumer, timeoutMs: 120_000 });
        expect(run.stdout + run.stderr).toBe('');
        expect(run.exitCode).toBe(0);
      }, 150_000);
    }
  });
});
