import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../src/cli/args.js';
import { cacheKey, quickCacheIdentity } from '../src/cli/cache/cacheKey.js';
import type { MaterialSources } from '../src/core/material/index.js';
import { resolveSessionSettings } from '../src/core/settings.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { TEST_ARNS } from './helpers/harness.js';
import { isFreshEnough, refreshMarginMs } from '../src/cli/cache/refreshMargin.js';
import { afterFailure, afterRefresh, backoffMs } from '../src/cli/update/refreshSchedule.js';
import { SESSION_OPTIONS } from '../src/cli/inputs/credentialOptions.js';
import { credentialProcessJson } from '../src/cli/output/credentialProcessJson.js';
import {
  azureEscapeData,
  dotenvValue,
  fishQuote,
  powershellQuote,
  shQuote,
} from '../src/cli/output/envFormats.js';
import { maskingAdvice } from '../src/cli/output/maskingAdvice.js';
import { upsertProfile } from '../src/files/credentialsProfile.js';
import { RolesAnywhereError } from '../src/core/errors.js';
import { createCertificateAuthority, issueCertificate } from '../src/emulator/index.js';

const MINUTE = 60_000;
const credentials = {
  accessKeyId: 'ASIANEW',
  secretAccessKey: 'new/secret+=',
  sessionToken: 'new-token',
  expiration: new Date('2025-12-11T16:34:25.123Z'),
};

function usageError(argv: string[]): string {
  try {
    parseCommandArgs('credential-process', SESSION_OPTIONS, argv);
  } catch (error) {
    if (error instanceof RolesAnywhereError && error.code === 'ERR_USAGE') return error.message;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('argument parsing', () => {
  it('gives strings, absent strings as undefined and switches as booleans', () => {
    const parsed = parseCommandArgs('credential-process', SESSION_OPTIONS, [
      '--certificate',
      'c.pem',
      '--region=us-east-1',
      '--debug',
    ]);
    expect(parsed).not.toBe('help');
    if (parsed === 'help') return;
    expect(parsed.certificate).toBe('c.pem');
    expect(parsed.region).toBe('us-east-1');
    expect(parsed.debug).toBe(true);
    expect(parsed['no-verify-ssl']).toBe(false);
    expect(parsed['private-key']).toBeUndefined();
  });

  it('takes - as a value (stdin), and asks for help with -h or --help anywhere', () => {
    const parsed = parseCommandArgs('x', SESSION_OPTIONS, ['--private-key', '-']);
    expect(parsed !== 'help' && parsed['private-key']).toBe('-');
    expect(parsed).not.toBe('help');
    expect(parseCommandArgs('x', SESSION_OPTIONS, ['--certificate', 'c', '-h'])).toBe('help');
  });

  it('takes a PEM block given as a separate argument as the value, not as a missing one', () => {
    const block = '-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----';
    const parsed = parseCommandArgs('x', SESSION_OPTIONS, ['--private-key', block, '--debug']);
    expect(parsed !== 'help' && parsed['private-key']).toBe(block);
    expect(usageError(['--private-key', '---x'])).toContain('--private-key needs a value');
  });

  it('names the flag in one line for each mistake', () => {
    expect(usageError(['--nope'])).toMatch(
      /^credential-process: unknown flag --nope; run `rolesanywhere-credentials credential-process --help`/,
    );
    expect(usageError(['--certificate'])).toContain(
      '--certificate needs a value: <file|env:NAME|->',
    );
    expect(usageError(['--certificate', '--debug'])).toContain('--certificate needs a value');
    expect(usageError(['--debug=1'])).toContain('--debug is a switch and takes no value (got "1")');
    expect(usageError(['stray'])).toContain('unexpected argument "stray"');
  });
});

describe('the credential_process document', () => {
  it('has the documented keys in order and an RFC 3339 Expiration without fractions', () => {
    expect(credentialProcessJson(credentials)).toBe(
      '{"Version":1,"AccessKeyId":"ASIANEW","SecretAccessKey":"new/secret+=","SessionToken":"new-token","Expiration":"2025-12-11T16:34:25Z"}',
    );
  });
});

describe('the refresh margin', () => {
  it('is 16 minutes for sessions of 32 minutes and more, half the session below', () => {
    expect(refreshMarginMs(3600)).toBe(16 * MINUTE);
    expect(refreshMarginMs(43_200)).toBe(16 * MINUTE);
    expect(refreshMarginMs(1800)).toBe(15 * MINUTE);
    expect(refreshMarginMs(900)).toBe(7.5 * MINUTE);
  });

  it('never calls an expired entry fresh', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    expect(isFreshEnough(new Date(now.getTime() - 1), now, 900)).toBe(false);
    expect(isFreshEnough(new Date(now.getTime() + 16 * MINUTE), now, 3600)).toBe(false);
    expect(isFreshEnough(new Date(now.getTime() + 16 * MINUTE + 1), now, 3600)).toBe(true);
  });
});

describe('update scheduling', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  const in_ = (minutes: number): Date => new Date(now.getTime() + minutes * MINUTE);

  it('refreshes 5 minutes before expiry', () => {
    expect(afterRefresh(in_(60), in_(60 * 24), now, 1)).toEqual({
      kind: 'wait',
      ms: 55 * MINUTE,
      short: false,
    });
  });

  it('never plans the next call sooner than 30 s, and backs off on repeated short sessions', () => {
    const waits = [1, 2, 3, 4, 5, 6].map((streak) => afterRefresh(in_(2), in_(600), now, streak));
    expect(waits.map((step) => (step.kind === 'wait' ? step.ms / 1000 : step.kind))).toEqual([
      30, 60, 120, 240, 300, 300,
    ]);
    expect(backoffMs(1000)).toBe(5 * MINUTE);
  });

  it('gives up once the certificate itself expires within the refresh margin', () => {
    const step = afterRefresh(in_(2), in_(4), now, 1);
    expect(step.kind).toBe('give-up');
    expect(step.kind === 'give-up' && step.why).toContain('the certificate expires at');
  });

  it('backs off after failed refreshes, and gives up on them too when the certificate is ending', () => {
    expect(afterFailure(in_(600), now, 3)).toEqual({ kind: 'wait', ms: 2 * MINUTE, short: false });
    expect(afterFailure(in_(5), now, 1).kind).toBe('give-up');
  });
});

describe('quoting for shells', () => {
  const nasty = `a'b"c$d\`e\\f g/h+i=j`;

  it('sh single quotes survive a real sh', () => {
    expect(execFileSync('sh', ['-c', `printf %s ${shQuote(nasty)}`]).toString()).toBe(nasty);
  });

  it('sh single quotes carry typographic quotes and Unicode line breaks through a real sh unchanged', () => {
    const unicode = `a\u2019b\u2018c\u2028d\u0085e'f`;
    expect(execFileSync('sh', ['-c', `printf %s ${shQuote(unicode)}`]).toString()).toBe(unicode);
  });

  it('powershell doubles every quote that ends its strings (ASCII and U+2018-U+201B), fish escapes quote and backslash', () => {
    expect(powershellQuote("it's")).toBe("'it''s'");
    // PowerShell ends a verbatim string at any of these, as at '.
    for (const quote of ['\u2018', '\u2019', '\u201a', '\u201b'])
      expect(powershellQuote(`a${quote}; Write-Host pwned; ${quote}`)).toBe(
        `'a${quote}${quote}; Write-Host pwned; ${quote}${quote}'`,
      );
    expect(fishQuote(`it's a\\b`)).toBe(`'it\\'s a\\\\b'`);
  });

  it('dotenv leaves AWS-shaped values bare and quotes the rest', () => {
    expect(dotenvValue('wJalrXUtnFEMI/K7MDENG+bPxRfiCY=')).toBe('wJalrXUtnFEMI/K7MDENG+bPxRfiCY=');
    expect(dotenvValue('a b')).toBe("'a b'");
    expect(dotenvValue(`it's $x`)).toBe(`"it's \\$x"`);
  });

  it('azure escapes % and line breaks as the agent expects', () => {
    expect(azureEscapeData('100%\r\n')).toBe('100%AZP25%0D%0A');
  });
});

describe('masking advice', () => {
  it('is silent where the format masks, and says why elsewhere', () => {
    expect(maskingAdvice('github', {}, false)).toBeUndefined();
    expect(maskingAdvice('azure', { TF_BUILD: 'True' }, false)).toBeUndefined();
    expect(maskingAdvice('sh', { GITLAB_CI: 'true' }, false)).toContain('GitLab cannot mask');
    expect(maskingAdvice('sh', {}, true)).toContain('on your terminal');
  });
});

describe('the shared credentials file', () => {
  it('replaces the three keys in place, keeps other keys, comments and line endings', () => {
    const original =
      '[a]\r\naws_access_key_id = OLD\r\n# note\r\nregion = x\r\n[b]\r\naws_access_key_id = B\r\n';
    expect(upsertProfile(original, 'a', credentials)).toBe(
      '[a]\r\naws_secret_access_key = new/secret+=\r\naws_session_token = new-token\r\naws_access_key_id = ASIANEW\r\n# note\r\nregion = x\r\n[b]\r\naws_access_key_id = B\r\n',
    );
  });

  it('does not mistake a profile whose name contains the other as a prefix', () => {
    const original = '[ra-prod]\naws_access_key_id = KEEP\n';
    expect(upsertProfile(original, 'ra', credentials).startsWith(original)).toBe(true);
  });

  it('creates the file content from nothing', () => {
    expect(upsertProfile('', 'default', credentials)).toBe(
      '[default]\naws_access_key_id = ASIANEW\naws_secret_access_key = new/secret+=\naws_session_token = new-token\n',
    );
  });
});

describe('the cache identity', () => {
  it('is the same for PEM and base64 of PEM, and differs between two leaves filed after the same intermediate', async () => {
    const ca = await createCertificateAuthority();
    const [one, two] = await Promise.all([
      issueCertificate(ca, { subject: 'CN=one' }),
      issueCertificate(ca, { subject: 'CN=two' }),
    ]);
    const chainOne = ca.certificatePem + one.certificatePem;
    const settings = resolveSessionSettings(
      {
        trustAnchorArn: TEST_ARNS.trustAnchorArn,
        profileArn: TEST_ARNS.profileArn,
        roleArn: TEST_ARNS.roleArn,
        material: { certificate: '' },
      },
      CLI_NAMES,
    );
    const key = (sources: MaterialSources): string => {
      const identity = quickCacheIdentity(sources);
      if (identity === undefined) throw new Error('no quick identity');
      return cacheKey(settings, identity);
    };
    const plain = key({ certificate: chainOne, privateKey: one.privateKeyPem });
    expect(
      key({ certificate: Buffer.from(chainOne).toString('base64'), privateKey: one.privateKeyPem }),
    ).toBe(plain);
    expect(
      key({ certificate: ca.certificatePem + two.certificatePem, privateKey: two.privateKeyPem }),
    ).not.toBe(plain);
    expect(key({ certificate: chainOne, privateKey: two.privateKeyPem })).not.toBe(plain);
  });

  it('is left to the full loader when there is no key in the clear, or the input is not PEM', async () => {
    const ca = await createCertificateAuthority();
    const leaf = await issueCertificate(ca, { subject: 'CN=leaf' });
    expect(quickCacheIdentity({ certificate: leaf.certificatePem })).toBeUndefined();
    expect(
      quickCacheIdentity({ certificate: leaf.certificateDer, privateKey: leaf.privateKeyPem }),
    ).toBeUndefined();
    const encrypted = leaf.privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'correct horse',
    });
    expect(
      quickCacheIdentity({ certificate: leaf.certificatePem, privateKey: String(encrypted) }),
    ).toBeUndefined();
  });
});
