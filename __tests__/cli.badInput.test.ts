import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCertificateAuthority, issueCertificate } from '../src/emulator/index.js';
import {
  createTestPki,
  startTestEmulator,
  TEST_ARNS,
  writeMaterial,
  type MaterialFiles,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';
import {
  createSandbox,
  ensureCliBundle,
  PASSPHRASE,
  runCli,
  writeMaterialForms,
  type MaterialForms,
  type Sandbox,
} from './helpers/cli.js';

let pki: TestPki;
let em: TestEmulator;
let capped: TestEmulator;
let broken: TestEmulator;
let empty: TestEmulator;
let files: MaterialFiles;
let forms: MaterialForms;
let box: Sandbox;
const extra: Record<string, string> = {};

beforeAll(async () => {
  ensureCliBundle();
  pki = await createTestPki();
  [em, capped, broken, empty] = await Promise.all([
    startTestEmulator(pki),
    startTestEmulator(pki, { maxDurationSeconds: 900 }),
    startTestEmulator(pki, { faults: [{ kind: 'malformed', body: 'html', status: 403 }] }),
    startTestEmulator(pki, { faults: [{ kind: 'malformed', body: 'empty-credential-set' }] }),
  ]);
  box = createSandbox();
  files = await writeMaterial(pki);
  forms = writeMaterialForms(pki, files.dir);
  const day = 86_400_000;
  const expired = await issueCertificate(pki.intermediate, {
    subject: 'CN=expired',
    notBefore: new Date(Date.now() - 30 * day),
    notAfter: new Date(Date.now() - day),
  });
  const stranger = await issueCertificate(
    await createCertificateAuthority({ subject: 'CN=Another CA' }),
    { subject: 'CN=stranger' },
  );
  const write = (name: string, content: string | Buffer): void => {
    extra[name] = join(box.dir, name);
    writeFileSync(extra[name], content, { mode: 0o600 });
  };
  write('expired.crt', expired.certificatePem);
  write('expired.key', expired.privateKeyPem);
  write('stranger.crt', stranger.certificatePem);
  write('stranger.key', stranger.privateKeyPem);
  write('ca.key', pki.intermediate.privateKeyPem);
  write('garbage.bin', Buffer.from([0x00, 0xff, 0x13, 0x37, 0x42, 0x99, 0x01, 0x02]));
  mkdirSync(join(box.dir, 'a-directory'));
  extra['a-directory'] = join(box.dir, 'a-directory');
});

afterAll(async () => {
  await Promise.all([em.close(), capped.close(), broken.close(), empty.close()]);
  box.cleanup();
});

const A = TEST_ARNS;
const p = (name: string): string => extra[name] ?? files.dir;

interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly expect: RegExp;
  readonly env?: Record<string, string>;
  readonly input?: string;
}

/** credential-process with good defaults, overridden per case. */
function cp(
  overrides: () => Record<string, string | undefined> = () => ({}),
  endpoint?: () => string,
): () => string[] {
  return () => {
    const flags: Record<string, string | undefined> = {
      '--certificate': files.certificate,
      '--private-key': files.privateKey,
      '--intermediates': files.intermediates,
      '--trust-anchor-arn': A.trustAnchorArn,
      '--profile-arn': A.profileArn,
      '--role-arn': A.roleArn,
      '--endpoint': endpoint === undefined ? em.url : endpoint(),
      ...overrides(),
    };
    return [
      'credential-process',
      '--no-cache',
      ...Object.entries(flags).flatMap(([k, v]) => (v === undefined ? [] : [k, v])),
    ];
  };
}

const form = (label: string): { certificate: string; privateKey?: string } =>
  forms.forms[label] ?? { certificate: '' };

const CASES: Case[] = [
  {
    name: 'no command',
    args: () => [],
    expect: /missing command: expected one of credential-process/,
  },
  {
    name: 'an unknown command',
    args: () => ['credentials-process'],
    expect: /unknown command "credentials-process"/,
  },
  {
    name: 'an unknown flag',
    args: () => [...cp()(), '--certficate', 'x'],
    expect: /unknown flag --certficate/,
  },
  {
    name: 'a flag without its value',
    args: () => [...cp()(), '--role-arn'],
    expect: /--role-arn needs a value: <arn>/,
  },
  {
    name: 'a flag followed by another flag instead of a value',
    args: () => ['credential-process', '--certificate', '--debug'],
    expect: /--certificate needs a value/,
  },
  {
    name: 'a switch given a value',
    args: () => [...cp()(), '--no-cache=yes'],
    expect: /--no-cache is a switch and takes no value/,
  },
  {
    name: 'a stray positional argument',
    args: () => [...cp()(), 'cert.pem'],
    expect: /unexpected argument "cert.pem"/,
  },
  {
    name: 'no --certificate',
    args: cp(() => ({ '--certificate': undefined })),
    expect: /--certificate is required/,
  },
  {
    name: 'no --trust-anchor-arn',
    args: cp(() => ({ '--trust-anchor-arn': undefined })),
    expect: /--trust-anchor-arn is required/,
  },
  {
    name: 'a trust anchor ARN without a UUID',
    args: cp(() => ({
      '--trust-anchor-arn': 'arn:aws:rolesanywhere:us-east-1:111122223333:trust-anchor/my-anchor',
    })),
    expect: /--trust-anchor-arn is not a valid trust-anchor ARN/,
  },
  {
    name: 'a trust anchor ARN as --profile-arn',
    args: cp(() => ({ '--profile-arn': A.trustAnchorArn })),
    expect: /--profile-arn is not a valid profile ARN/,
  },
  {
    name: 'a role ARN of another service',
    args: cp(() => ({ '--role-arn': 'arn:aws:sts::111122223333:assumed-role/x/y' })),
    expect: /--role-arn is not a valid role ARN \(its service is "sts"/,
  },
  {
    name: 'trust anchor and profile in different regions',
    args: cp(() => ({ '--profile-arn': A.profileArn.replace('us-east-1', 'eu-west-1') })),
    expect: /--trust-anchor-arn is in us-east-1 but --profile-arn is in eu-west-1/,
  },
  {
    name: '--region disagreeing with the trust anchor',
    args: cp(() => ({ '--region': 'us-west-2' })),
    expect: /--region is us-west-2 but --trust-anchor-arn is in us-east-1/,
  },
  {
    name: 'a FIPS pseudo-region',
    args: cp(() => ({ '--region': 'fips-us-east-1' })),
    expect: /pseudo-region/,
  },
  {
    name: 'a session duration under 15 minutes',
    args: cp(() => ({ '--session-duration': '60' })),
    expect: /--session-duration must be a whole number of seconds from 900 to 43200/,
  },
  {
    name: 'a role session name with spaces',
    args: cp(() => ({ '--role-session-name': 'my session' })),
    expect: /--role-session-name must be 2 to 64 characters/,
  },
  {
    name: 'an endpoint that is not http(s)',
    args: cp(() => ({ '--endpoint': 'ftp://127.0.0.1/' })),
    expect: /--endpoint must be an http\(s\) URL/,
  },
  {
    name: 'a certificate file that does not exist',
    args: cp(() => ({ '--certificate': '/nonexistent/cert.pem' })),
    expect: /--certificate: cannot read \/nonexistent\/cert.pem \(no such file\)/,
  },
  {
    name: 'a directory as the certificate',
    args: cp(() => ({ '--certificate': p('a-directory') })),
    expect: /--certificate: .* is a directory/,
  },
  {
    name: 'env: naming an unset variable',
    args: cp(() => ({ '--private-key': 'env:RA_UNSET_KEY' })),
    expect: /--private-key env:RA_UNSET_KEY: the environment variable RA_UNSET_KEY is not set/,
  },
  {
    name: 'the key given as the certificate',
    args: cp(() => ({ '--certificate': files.privateKey })),
    expect: /--certificate holds a private key, not a certificate/,
  },
  {
    name: 'the certificate given as the key',
    args: cp(() => ({ '--private-key': files.certificate })),
    expect: /--private-key holds a certificate, not a private key/,
  },
  {
    name: 'binary garbage as the certificate',
    args: cp(() => ({ '--certificate': p('garbage.bin') })),
    expect: /--certificate is not a recognisable certificate/,
  },
  {
    name: 'a key from another certificate',
    args: cp(() => ({ '--private-key': files.rsaPrivateKey })),
    expect: /The private key does not belong to the certificate/,
  },
  {
    name: 'a wrong passphrase for an encrypted key',
    args: cp(() => ({
      '--private-key': form('ec: PEM certificate, encrypted PKCS#8 key').privateKey,
      '--pkcs8-password': 'env:RA_WRONG',
    })),
    env: { RA_WRONG: 'not the passphrase' },
    expect: /--pkcs8-password/,
  },
  {
    name: 'no passphrase for an encrypted key',
    args: cp(() => ({
      '--private-key': form('ec: PEM certificate, encrypted PKCS#8 key').privateKey,
    })),
    expect: /--pkcs8-password/,
  },
  {
    name: 'a wrong password for a PKCS#12 bundle',
    args: cp(() => ({
      '--certificate': form('rsa: PKCS#12 (OpenSSL 3 default, AES/PBKDF2)').certificate,
      '--private-key': undefined,
      '--intermediates': undefined,
      '--pkcs8-password': 'env:RA_WRONG',
    })),
    env: { RA_WRONG: 'wrong' },
    expect: /--pkcs8-password/,
  },
  {
    name: 'an expired certificate',
    args: cp(() => ({ '--certificate': p('expired.crt'), '--private-key': p('expired.key') })),
    expect: /--certificate \(subject CN=expired, serial \d+\) expired on/,
  },
  {
    name: 'a CA certificate as the leaf',
    args: cp(() => ({
      '--certificate': files.intermediates,
      '--private-key': p('ca.key'),
      '--intermediates': undefined,
    })),
    expect: /is a CA certificate/,
  },
  {
    name: 'an endpoint nobody listens on',
    args: cp(() => ({ '--endpoint': 'http://127.0.0.1:9' })),
    expect: /Connection to 127.0.0.1:9 was refused \(ECONNREFUSED\)/,
  },
  {
    name: 'a role the profile does not list (the emulator refuses)',
    args: cp(() => ({ '--role-arn': 'arn:aws:iam::111122223333:role/not-listed' })),
    expect: /CreateSession failed: 403 AccessDeniedException/,
  },
  {
    name: 'a certificate from a CA the trust anchor does not know',
    args: cp(() => ({
      '--certificate': p('stranger.crt'),
      '--private-key': p('stranger.key'),
      '--intermediates': undefined,
    })),
    expect: /Untrusted Signing Certificate/i,
  },
  {
    name: 'a role session name the profile does not accept',
    args: cp(() => ({ '--role-session-name': 'ci-run-1' })),
    expect: /CreateSession failed: 403 AccessDeniedException.*roleSessionName/,
  },
  {
    name: "a duration above the profile's cap",
    args: cp(
      () => ({ '--session-duration': '3600' }),
      () => capped.url,
    ),
    expect: /CreateSession failed: 400 ValidationException/,
  },
  {
    name: 'an HTML page from a proxy instead of an answer',
    args: cp(
      () => ({}),
      () => broken.url,
    ),
    expect:
      /CreateSession failed: 403: a non-AWS answer \(\d+ bytes of HTML, likely from a proxy\)/,
  },
  {
    name: 'a 201 answer with an empty credentialSet',
    args: cp(
      () => ({}),
      () => empty.url,
    ),
    expect: /CreateSession answered 201 but credentialSet is empty/,
  },
  {
    name: 'env with an unknown format',
    args: () => ['env', '--format', 'xml'],
    expect:
      /env: --format must be one of sh, fish, powershell, dotenv, json, github, azure, got "xml"/,
  },
  {
    name: 'sign-string with an unsupported digest',
    args: () => ['sign-string', '--private-key', files.privateKey, '--digest', 'MD5'],
    expect: /sign-string: --digest must be one of SHA256, SHA384, SHA512, got "MD5"/,
  },
  {
    name: 'update with a profile name holding a bracket',
    args: () => ['update', '--profile', 'bad]name'],
    expect: /--profile "bad]name" is not a usable profile name/,
  },
  {
    name: 'two flags both reading stdin',
    args: cp(() => ({ '--certificate': '-', '--private-key': '-' })),
    input: 'x',
    expect: /--private-key - and --certificate - both ask for stdin/,
  },
];

describe('a broken invocation', () => {
  it('is tested at least 25 ways', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.concurrent.each(CASES.map((c) => [c.name, c] as const))(
    '%s: exits 1, stdout empty, one stderr line naming the problem, no stack, no secret',
    async (_name, c) => {
      const run = await runCli(c.args(), {
        env: { ...box.env, RA_PASS: PASSPHRASE, ...c.env },
        ...(c.input === undefined ? {} : { input: c.input }),
      });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toBe('');
      const lines = run.stderr.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe('');
      expect(lines[0]).toMatch(/^rolesanywhere-credentials: /);
      expect(lines[0]).toMatch(c.expect);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      for (const secret of [...forms.secrets, PASSPHRASE, 'not the passphrase'])
        expect(run.stderr).not.toContain(secret);
    },
  );
});
