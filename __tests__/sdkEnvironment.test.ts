import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSessionSettings } from '../src/core/settings.js';
import { RolesAnywhereError } from '../src/core/errors.js';
import {
  parseSdkBoolean,
  sdkCaBundleFiles,
  sdkEndpoint,
  sdkMaxAttempts,
  sdkProxyVariables,
  type Environment,
} from '../src/core/sdkEnvironment.js';
import { CLI_NAMES } from '../src/cli/names.js';
import { parseCommandArgs } from '../src/cli/args.js';
import { SESSION_OPTIONS } from '../src/cli/inputs/credentialOptions.js';
import { sessionInputsFrom } from '../src/cli/inputs/sessionInputs.js';
import { parseActionInputs } from '../src/github/inputs.js';
import { fromRolesAnywhere } from '../src/lib/index.js';
import {
  createTestPki,
  startTestEmulator,
  type TestEmulator,
  type TestPki,
} from './helpers/harness.js';

const TA =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:trust-anchor/0d3ee6a4-5c7e-4b2b-9a51-1b1e8f4a7c01';
const PROFILE =
  'arn:aws:rolesanywhere:eu-west-1:111122223333:profile/7a4d5e3b-91c2-4f0e-8d6a-2b9c3e5f1a02';
const ROLE = 'arn:aws:iam::111122223333:role/ci-deployer';

function errorOf(fn: () => unknown): RolesAnywhereError {
  try {
    fn();
  } catch (error) {
    if (error instanceof RolesAnywhereError) return error;
    throw error;
  }
  throw new Error('expected a RolesAnywhereError');
}

describe('the SDK boolean rule', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['true', true],
    ['TRUE', true],
    ['True', true],
    [' true\n', true],
    ['false', false],
    ['FALSE', false],
    [' False ', false],
  ] as const)('reads %j as %j', (value, expected) => {
    expect(parseSdkBoolean(value, 'AWS_USE_FIPS_ENDPOINT')).toBe(expected);
  });

  it.each(['yes', 'no', '1', '0', 'on', 'off', 'truee', 't', 'true false'])(
    'refuses %j with ERR_INPUT_INVALID naming the variable, rather than reading it as false',
    (value) => {
      const error = errorOf(() => parseSdkBoolean(value, 'AWS_USE_FIPS_ENDPOINT'));
      expect(error.code).toBe('ERR_INPUT_INVALID');
      expect(error.details.input).toBe('AWS_USE_FIPS_ENDPOINT');
      expect(error.message).toBe(
        `AWS_USE_FIPS_ENDPOINT must be true or false, got "${value}". Set it to true or false, or unset it.`,
      );
    },
  );
});

describe('the SDK endpoint variables', () => {
  it.each([
    [{}, 'ROLESANYWHERE', undefined],
    [{ AWS_ENDPOINT_URL: 'https://all.example' }, 'ROLESANYWHERE', 'AWS_ENDPOINT_URL'],
    [
      {
        AWS_ENDPOINT_URL: 'https://all.example',
        AWS_ENDPOINT_URL_ROLESANYWHERE: 'https://ra.example',
      },
      'ROLESANYWHERE',
      'AWS_ENDPOINT_URL_ROLESANYWHERE',
    ],
    [
      { AWS_ENDPOINT_URL: 'https://all.example', AWS_ENDPOINT_URL_ROLESANYWHERE: '  ' },
      'ROLESANYWHERE',
      'AWS_ENDPOINT_URL',
    ],
    [
      {
        AWS_ENDPOINT_URL: 'https://all.example',
        AWS_ENDPOINT_URL_ROLESANYWHERE: 'https://ra.example',
      },
      'STS',
      'AWS_ENDPOINT_URL',
    ],
    [
      { AWS_ENDPOINT_URL: 'https://all.example', AWS_ENDPOINT_URL_STS: 'https://sts.example' },
      'STS',
      'AWS_ENDPOINT_URL_STS',
    ],
  ] as const)('in %j, the %s endpoint comes from %s', (env, service, source) => {
    expect(sdkEndpoint(env, service)?.source).toBe(source);
    if (source !== undefined)
      expect(sdkEndpoint(env, service)?.url).toBe((env as Environment)[source]);
  });

  it('reads AWS_MAX_ATTEMPTS as a count from 1 to 20 and names it when it is not', () => {
    expect(sdkMaxAttempts({})).toBeUndefined();
    expect(sdkMaxAttempts({ AWS_MAX_ATTEMPTS: '3' })).toBe(3);
    expect(errorOf(() => sdkMaxAttempts({ AWS_MAX_ATTEMPTS: '0' })).details.input).toBe(
      'AWS_MAX_ATTEMPTS',
    );
  });

  it('prefers the upper-case proxy variables and treats a missing NO_PROXY as empty', () => {
    expect(
      sdkProxyVariables({ HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:1', no_proxy: 'x' }),
    ).toEqual({ https: 'http://a:1', http: undefined, noProxy: 'x' });
    expect(sdkProxyVariables({})).toEqual({ https: undefined, http: undefined, noProxy: '' });
  });

  it('lists NODE_EXTRA_CA_CERTS only beside AWS_CA_BUNDLE, whose explicit CA list replaces Node’s', () => {
    expect(sdkCaBundleFiles({ NODE_EXTRA_CA_CERTS: '/extra.pem' })).toEqual([]);
    expect(
      sdkCaBundleFiles({ AWS_CA_BUNDLE: ' /ca.pem ', NODE_EXTRA_CA_CERTS: '/extra.pem' }),
    ).toEqual([
      { path: '/ca.pem', variable: 'AWS_CA_BUNDLE' },
      { path: '/extra.pem', variable: 'NODE_EXTRA_CA_CERTS' },
    ]);
  });
});

/** The three front ends, each from its own inputs and the same environment. */
function actionEndpoint(env: Environment): URL {
  const inputs: Record<string, string> = {
    certificate: '-----BEGIN CERTIFICATE-----\nnot read here\n-----END CERTIFICATE-----',
    'trust-anchor-arn': TA,
    'profile-arn': PROFILE,
    'role-arn': ROLE,
  };
  return parseActionInputs({
    get: (name) => inputs[name] ?? '',
    env,
    readFile: () => undefined,
  }).session.endpoint;
}

function cliEndpoint(env: Environment): URL {
  const flags = parseCommandArgs('env', SESSION_OPTIONS, [
    ...['--trust-anchor-arn', TA, '--profile-arn', PROFILE, '--role-arn', ROLE],
  ]);
  if (flags === 'help') throw new Error('unexpected help');
  return resolveSessionSettings(
    { ...sessionInputsFrom(flags, env), material: { certificate: '' } },
    CLI_NAMES,
  ).endpoint;
}

describe('the Action, the CLI and the library read the SDK environment alike', () => {
  it.each([
    [{ AWS_USE_FIPS_ENDPOINT: 'TRUE' }, 'https://rolesanywhere-fips.eu-west-1.amazonaws.com/'],
    [{ AWS_USE_FIPS_ENDPOINT: ' true ' }, 'https://rolesanywhere-fips.eu-west-1.amazonaws.com/'],
    [{ AWS_USE_DUALSTACK_ENDPOINT: 'True' }, 'https://rolesanywhere.eu-west-1.api.aws/'],
    [{ AWS_USE_FIPS_ENDPOINT: 'false' }, 'https://rolesanywhere.eu-west-1.amazonaws.com/'],
    [
      {
        AWS_ENDPOINT_URL: 'https://all.example',
        AWS_ENDPOINT_URL_ROLESANYWHERE: 'https://ra.example',
      },
      'https://ra.example/',
    ],
  ])('with %j the Action and the CLI both call %s', (env, url) => {
    expect(actionEndpoint(env).href).toBe(url);
    expect(cliEndpoint(env).href).toBe(url);
  });

  it.each(['yes', '1'])(
    'all three refuse AWS_USE_FIPS_ENDPOINT=%s with ERR_INPUT_INVALID',
    (value) => {
      const env = { AWS_USE_FIPS_ENDPOINT: value };
      for (const read of [
        () => actionEndpoint(env),
        () => cliEndpoint(env),
        () =>
          fromRolesAnywhere({
            certificate: '',
            trustAnchorArn: TA,
            profileArn: PROFILE,
            roleArn: ROLE,
            env,
          }),
      ]) {
        const error = errorOf(read);
        expect(error.code).toBe('ERR_INPUT_INVALID');
        expect(error.details.input).toBe('AWS_USE_FIPS_ENDPOINT');
      }
    },
  );

  it('the Action input use-fips-endpoint wins over AWS_USE_FIPS_ENDPOINT', () => {
    const inputs: Record<string, string> = {
      certificate: 'x',
      'trust-anchor-arn': TA,
      'profile-arn': PROFILE,
      'role-arn': ROLE,
      'use-fips-endpoint': 'false',
    };
    const settings = parseActionInputs({
      get: (name) => inputs[name] ?? '',
      env: { AWS_USE_FIPS_ENDPOINT: 'true' },
      readFile: () => undefined,
    });
    expect(settings.session.endpoint.hostname).toBe('rolesanywhere.eu-west-1.amazonaws.com');
  });
});

describe('fromRolesAnywhere and the SDK environment', () => {
  let pki: TestPki;
  let em: TestEmulator;

  beforeAll(async () => {
    pki = await createTestPki();
    em = await startTestEmulator(pki);
  });
  afterAll(async () => {
    await em.close();
  });

  function options() {
    return {
      certificate: pki.leaf.certificatePem,
      privateKey: pki.leaf.privateKeyPem,
      intermediates: pki.intermediate.certificatePem,
      trustAnchorArn: em.arns.trustAnchorArn,
      profileArn: em.arns.profileArn,
      roleArn: em.arns.roleArn,
    };
  }

  it('calls AWS_ENDPOINT_URL_ROLESANYWHERE over AWS_ENDPOINT_URL when no endpoint option is given', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const provider = fromRolesAnywhere({
      ...options(),
      env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9/', AWS_ENDPOINT_URL_ROLESANYWHERE: em.url },
    });
    const credentials = await provider();
    expect(credentials.accessKeyId).toMatch(/^ASIA/);
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
  });

  it('lets the endpoint option win over the variables', async () => {
    const before = em.emulator.stats().createSession.accepted;
    const provider = fromRolesAnywhere({
      ...options(),
      endpoint: em.url,
      env: { AWS_ENDPOINT_URL_ROLESANYWHERE: 'http://127.0.0.1:9/' },
    });
    await provider();
    expect(em.emulator.stats().createSession.accepted - before).toBe(1);
  });

  it('reads AWS_MAX_ATTEMPTS when the maxAttempts option is not given, and names it when bad', () => {
    const error = errorOf(() =>
      fromRolesAnywhere({ ...options(), env: { AWS_ENDPOINT_URL: em.url, AWS_MAX_ATTEMPTS: '0' } }),
    );
    expect(error.code).toBe('ERR_INPUT_INVALID');
    expect(error.details.input).toBe('AWS_MAX_ATTEMPTS');
    expect(() =>
      fromRolesAnywhere({
        ...options(),
        maxAttempts: 2,
        env: { AWS_ENDPOINT_URL: em.url, AWS_MAX_ATTEMPTS: '0' },
      }),
    ).not.toThrow();
  });
});
