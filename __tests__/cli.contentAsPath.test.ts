import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode, TEST_ARNS } from './helpers/harness.js';
import { expectNoLeak, secretFragments } from './helpers/leaks.js';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const base64Der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
const arns = [
  '--trust-anchor-arn',
  TEST_ARNS.trustAnchorArn,
  '--profile-arn',
  TEST_ARNS.profileArn,
  '--role-arn',
  TEST_ARNS.roleArn,
];

describe('key content given where a file path belongs', () => {
  const shown =
    /--private-key takes a file path, env:NAME or -, but was given what looks like certificate or key content \(\d+ characters, not shown\)/;
  it.each([
    ['PEM text as a separate argument', ['--private-key', pem], shown],
    ['PEM text as a separate argument with --debug', ['--private-key', pem, '--debug'], shown],
    ['PEM text with --flag=value and --debug', [`--private-key=${pem}`, '--debug'], shown],
    ['base64 DER', ['--private-key', base64Der], shown],
  ])('%s is refused in one line that never shows it', async (_what, flags, expected) => {
    const run = await runNode(resolve('dist/cli/index.js'), [
      'credential-process',
      '--no-cache',
      '--certificate',
      '/dev/null',
      ...flags,
      ...arns,
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(expected);
    expectNoLeak(
      { stderr: run.stderr },
      secretFragments({ privateKeyPem: pem, other: [base64Der.slice(0, 40)] }),
    );
  });
});
