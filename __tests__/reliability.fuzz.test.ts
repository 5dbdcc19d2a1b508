/**
 * Fuzzing with fast-check of what reads untrusted or hand-typed text: the CreateSession response
 * parser and the service-error mapper (whatever an endpoint or a proxy answers), the ARN and
 * duration parsers (whatever a person types), and the emulator's request handling (whatever a
 * client sends). Each may refuse, but only ever with a RolesAnywhereError (the emulator: with an
 * answer), never with a crash, and never by echoing more than a short prefix of a secret it was
 * handed.
 *
 * Short in the normal run; FUZZ_RUNS=20000 npx vitest run __tests__/reliability.fuzz for a hunt.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArn, type ArnKind } from '../src/core/arn.js';
import { parseDuration, parseRoleSessionName } from '../src/core/createSession/body.js';
import {
  parseCreateSessionResponse,
  parseCreateSessionText,
  type SessionCredentials,
} from '../src/core/createSession/response.js';
import { mapServiceError } from '../src/core/createSession/serviceError.js';
import { RolesAnywhereError, type ErrorCode } from '../src/core/errors.js';
import { validateRegion } from '../src/core/region.js';
import { parseMaxAttempts } from '../src/core/retryPolicy.js';
import { handleCreateSession } from '../src/emulator/createSession.js';
import { createState, type EmulatorState } from '../src/emulator/options.js';
import type { RawRequest } from '../src/emulator/rawRequest.js';
import { handleSts } from '../src/emulator/sts.js';
import { createTestPki, sessionBody, TEST_ARNS, type TestPki } from './helpers/harness.js';
import { signCreateSession } from './helpers/pki.js';
import { printFigures, windows } from './helpers/reliability.js';

const numRuns = Number(process.env['FUZZ_RUNS'] ?? 500);
// A long hunt takes as long as it takes: about 5 ms a run at worst (the emulator's signature check).
vi.setConfig({ testTimeout: Math.max(30_000, numRuns * 10) });
let iterations = 0;

/** Runs `body` as a counted fuzz iteration. */
function counted<A extends unknown[], R>(body: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    iterations += 1;
    return body(...args);
  };
}

afterAll(() => {
  printFigures([`${iterations} fuzz iterations (${numRuns} runs a property)`]);
});

/** Calls `fn`; a throw must be a RolesAnywhereError with one of `codes`, which is returned. */
function refusal<T>(fn: () => T, codes: readonly ErrorCode[]): RolesAnywhereError | T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof RolesAnywhereError)) throw error;
    expect(codes).toContain(error.code);
    return error;
  }
}

// Secret-like values as a service issues them.
const base64Char = fc.constantFrom(
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split(''),
);
const secretKey = fc.string({ unit: base64Char, minLength: 40, maxLength: 40 });
const sessionToken = fc.string({ unit: base64Char, minLength: 100, maxLength: 400 });

/** Whether `text` holds more than `max` consecutive characters of `secret`. */
function echoes(text: string, secret: string, max: number): boolean {
  return windows(secret, max + 1, 1).some((window) => text.includes(window));
}

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.json({ maxDepth: 4 }),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '"credentialSet"',
        '"credentials"',
        '"assumedRoleUser"',
        '"arn"',
        '"expiration"',
        '"2030-01-01T00:00:00Z"',
        'null',
        '1e999',
        '-0',
        '"\\u0000"',
        '<html>',
        '\n',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join('')),
);

/** An RFC 3339 date-time on a day the calendar has, as CreateSession writes its expiration. */
function isRfc3339(value: string): boolean {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(value);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const days = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  return (
    (month ?? 0) >= 1 &&
    (month ?? 0) <= 12 &&
    (day ?? 0) >= 1 &&
    (day ?? 0) <= days &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60 &&
    (m[7] ?? '').length <= 10
  );
}

/** What the parser demands, written out independently: the oracle for near-valid documents. */
function shouldParse(body: unknown): boolean {
  const record = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!record(body) || !Array.isArray(body['credentialSet'])) return false;
  const first: unknown = body['credentialSet'][0];
  if (!record(first) || !record(first['credentials'])) return false;
  const c = first['credentials'];
  const filled = (v: unknown): boolean => typeof v === 'string' && v !== '';
  if (!['accessKeyId', 'secretAccessKey', 'sessionToken', 'expiration'].every((k) => filled(c[k])))
    return false;
  if (!isRfc3339(c['expiration'] as string)) return false;
  const user = first['assumedRoleUser'];
  return record(user) && filled(user['arn']);
}

/** A value that is sometimes right and often slightly wrong. */
function maybe<T>(right: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: right },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 0, true, [], {}) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
}

const expiration = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom(
    '2030-01-01T00:00:00Z',
    '1700000000',
    'tomorrow',
    '+275760-09-13T00:00:00.001Z',
    '2030-02-30T00:00:00Z',
    '0',
  ),
);

const nearValidDocument = fc
  .record({
    secret: secretKey,
    token: sessionToken,
    expiration: maybe(expiration),
    accessKeyId: maybe(fc.constant('ASIAFUZZFUZZFUZZ0001')),
    arn: maybe(fc.constant('arn:aws:sts::111122223333:assumed-role/r/s')),
    extraSets: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 2 }),
    shape: fc.constantFrom('ok', 'no-user', 'user-string', 'set-object', 'creds-array', 'proto'),
  })
  .map(({ secret, token, expiration, accessKeyId, arn, extraSets, shape }) => {
    const credentials: Record<string, unknown> = {
      accessKeyId,
      secretAccessKey: secret,
      sessionToken: token,
      expiration,
    };
    const set: Record<string, unknown> = {
      credentials: shape === 'creds-array' ? [credentials] : credentials,
      assumedRoleUser:
        shape === 'no-user' ? undefined : shape === 'user-string' ? String(arn) : { arn },
    };
    const document: Record<string, unknown> = {
      credentialSet: shape === 'set-object' ? set : [set, ...extraSets],
    };
    const textForm =
      shape === 'proto'
        ? JSON.stringify(document).replace(/^\{/, '{"__proto__":{"polluted":true},')
        : JSON.stringify(document);
    return { secret, token, document: JSON.parse(textForm) as unknown, text: textForm };
  });

describe('parseCreateSessionText and parseCreateSessionResponse', () => {
  const options = { numRuns };

  it('raise nothing but ERR_RESPONSE_INVALID, on one line, for arbitrary text', () => {
    fc.assert(
      fc.property(
        text,
        counted((body) => {
          const result = refusal(() => parseCreateSessionText(body), ['ERR_RESPONSE_INVALID']);
          if (result instanceof RolesAnywhereError) expect(result.message).not.toMatch(/[\r\n]/);
        }),
      ),
      options,
    );
  });

  it('raise nothing but ERR_RESPONSE_INVALID for arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4 }),
        counted((body) => {
          refusal(() => parseCreateSessionResponse(body), ['ERR_RESPONSE_INVALID']);
        }),
      ),
      options,
    );
  });

  it('accept exactly the documents that carry every field, and echo no secret when they refuse', () => {
    fc.assert(
      fc.property(
        nearValidDocument,
        fc.nat(),
        counted(({ secret, token, document, text: body }, cut) => {
          const whole = refusal(
            () => parseCreateSessionResponse(document),
            ['ERR_RESPONSE_INVALID'],
          );
          expect(whole instanceof RolesAnywhereError).toBe(!shouldParse(document));
          if (whole instanceof RolesAnywhereError) {
            expect(echoes(whole.message, secret, 8)).toBe(false);
            expect(echoes(whole.message, token, 8)).toBe(false);
          } else {
            const parsed = whole as SessionCredentials;
            expect(parsed.secretAccessKey).toBe(secret);
            expect(parsed.sessionToken).toBe(token);
            expect(parsed.accountId === undefined || /^\d{12}$/.test(parsed.accountId)).toBe(true);
          }
          // The same document cut short, as a dropped connection delivers it.
          const truncated = body.slice(0, cut % (body.length + 1));
          const partial = refusal(
            () => parseCreateSessionText(truncated),
            ['ERR_RESPONSE_INVALID'],
          );
          if (partial instanceof RolesAnywhereError) {
            expect(echoes(partial.message, secret, 24)).toBe(false);
            expect(echoes(partial.message, token, 24)).toBe(false);
          }
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        }),
      ),
      options,
    );
  });

  it('quote at most 24 characters of a body that is not JSON, wherever a secret sits in it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        secretKey,
        fc.string({ maxLength: 40 }),
        counted((before, secret, after) => {
          const body = `${before}${secret}${after}`;
          const result = refusal(() => parseCreateSessionText(body), ['ERR_RESPONSE_INVALID']);
          if (result instanceof RolesAnywhereError)
            expect(echoes(result.message, secret, 24)).toBe(false);
        }),
      ),
      options,
    );
  });

  it.each([
    [
      'a 1 MiB string where the secret goes',
      () =>
        JSON.stringify({
          credentialSet: [{ credentials: { secretAccessKey: 'x'.repeat(1 << 20) } }],
        }),
    ],
    ['200,000 unclosed brackets', () => '['.repeat(200_000)],
    ['100,000 nested arrays', () => '['.repeat(100_000) + ']'.repeat(100_000)],
    ['a number too large for a double', () => '1e999999'],
    ['a lone surrogate in a string', () => '{"credentialSet":"\\ud800"}'],
    ['NUL bytes', () => '\u0000'.repeat(1000)],
    ['an HTML page', () => '<html><body><h1>502 Bad Gateway</h1></body></html>'],
  ])('refuse %s with a short one-line message', (_what, make) => {
    iterations += 1;
    const started = Date.now();
    const result = refusal(() => parseCreateSessionText(make()), ['ERR_RESPONSE_INVALID']);
    expect(result).toBeInstanceOf(RolesAnywhereError);
    expect((result as RolesAnywhereError).message.length).toBeLessThan(300);
    expect((result as RolesAnywhereError).message).not.toMatch(/[\r\n]/);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('mapServiceError', () => {
  const headerValue = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    fc.constant(undefined),
    fc.constantFrom(
      'ThrottlingException',
      'AccessDeniedException:http://internal.amazon.com/',
      'aws.protocoljson#ValidationException',
      ':',
      '#',
    ),
  );
  const answer = fc.record({
    status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.constantFrom(0, 429, 500, 503, 403)),
    headers: fc.record(
      {
        'x-amzn-errortype': headerValue,
        'x-amzn-requestid': headerValue,
        date: fc.oneof(
          headerValue,
          fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
        ),
      },
      { requiredKeys: [] },
    ),
    bodyText: fc.oneof(
      text,
      fc
        .record(
          { message: fc.string(), __type: fc.string(), Code: fc.string() },
          { requiredKeys: [] },
        )
        .map((body) => JSON.stringify(body)),
    ),
    receivedAt: fc.date({ noInvalidDate: true }),
  });

  it('turns any answer into one RolesAnywhereError whose code and retryability follow the status', () => {
    fc.assert(
      fc.property(
        answer,
        counted((a) => {
          const error = mapServiceError(a);
          expect(error).toBeInstanceOf(RolesAnywhereError);
          expect(error.message.startsWith(`CreateSession failed: ${a.status}`)).toBe(true);
          const retryable =
            error.code === 'ERR_THROTTLED' || error.code === 'ERR_SERVICE_UNAVAILABLE';
          expect(error.details.retryable).toBe(retryable);
          if (a.status >= 500 || a.status === 429) expect(retryable).toBe(true);
        }),
      ),
      { numRuns },
    );
  });

  it('never repeats a secret that sits outside the message field, nor in a body that is not JSON', () => {
    fc.assert(
      fc.property(
        secretKey,
        sessionToken,
        fc.integer({ min: 400, max: 599 }),
        fc.boolean(),
        counted((secret, token, status, json) => {
          const bodyText = json
            ? JSON.stringify({
                message: 'Denied',
                credentials: { secret, token },
                Authorization: token,
              })
            : `<html><pre>Authorization: ${token}\nsecret=${secret}</pre></html>`;
          const error = mapServiceError({ status, headers: {}, bodyText, receivedAt: new Date() });
          expect(echoes(error.message, secret, 8)).toBe(false);
          expect(echoes(error.message, token, 8)).toBe(false);
        }),
      ),
      { numRuns },
    );
  });
});

describe('what people type', () => {
  const partition = fc.constantFrom('aws', 'aws-cn', 'aws-us-gov', 'aws-iso-b');
  const region = fc
    .tuple(
      fc.constantFrom('us', 'eu', 'ap', 'cn', 'me'),
      fc.constantFrom('east', 'west', 'south', 'northeast', 'gov-west'),
      fc.integer({ min: 1, max: 9 }),
    )
    .map(([a, b, n]) => `${a}-${b}-${n}`);
  const account = fc.string({
    unit: fc.constantFrom(...'0123456789'.split('')),
    minLength: 12,
    maxLength: 12,
  });
  const roleName = fc.string({
    unit: fc.constantFrom(...'abcXYZ019+=,.@_-'.split('')),
    minLength: 1,
    maxLength: 64,
  });

  it('parseArn: a generated ARN parses back to its parts', () => {
    fc.assert(
      fc.property(
        partition,
        region,
        account,
        fc.uuid(),
        roleName,
        fc.array(
          fc.string({ unit: fc.constantFrom(...'abc-_'.split('')), minLength: 1, maxLength: 8 }),
          { maxLength: 3 },
        ),
        fc.constantFrom<ArnKind>('trust-anchor', 'profile', 'role'),
        counted((p, r, acct, uuid, name, path, kind) => {
          const arn =
            kind === 'role'
              ? `arn:${p}:iam::${acct}:role/${[...path, name].join('/')}`
              : `arn:${p}:rolesanywhere:${r}:${acct}:${kind}/${uuid.toLowerCase()}`;
          const parsed = parseArn(`  ${arn} `, kind, 'role-arn');
          expect(parsed).toMatchObject({ arn, kind, partition: p, accountId: acct });
          expect(parsed.region).toBe(kind === 'role' ? '' : r);
        }),
      ),
      { numRuns },
    );
  });

  it('parseArn: arbitrary and mangled text is refused only with ERR_ARN_INVALID or ERR_INPUT_MISSING, naming the input', () => {
    const mangled = fc
      .tuple(
        fc.constantFrom(TEST_ARNS.trustAnchorArn, TEST_ARNS.profileArn, TEST_ARNS.roleArn),
        fc.nat(),
        fc.string({ maxLength: 3 }),
      )
      .map(
        ([arn, at, insert]) => arn.slice(0, at % arn.length) + insert + arn.slice(at % arn.length),
      );
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), mangled),
        fc.constantFrom<ArnKind>('trust-anchor', 'profile', 'role'),
        counted((value, kind) => {
          const result = refusal(
            () => parseArn(value, kind, '--role-arn'),
            ['ERR_ARN_INVALID', 'ERR_INPUT_MISSING'],
          );
          if (result instanceof RolesAnywhereError) {
            expect(result.details.input).toBe('--role-arn');
            expect(result.message.startsWith('--role-arn ')).toBe(true);
          }
        }),
      ),
      { numRuns },
    );
  });

  it.each([
    ['a role path of 100,000 segments', `arn:aws:iam::111122223333:role/${'a/'.repeat(100_000)}!`],
    ['a role name of 200,000 characters', `arn:aws:iam::111122223333:role/${'a'.repeat(200_000)}!`],
    [
      'a partition of 100,000 dashed words',
      `arn:aws${'-a'.repeat(100_000)}!:rolesanywhere:us-east-1:111122223333:profile/x`,
    ],
    [
      'a region of 100,000 dashed words',
      `arn:aws:rolesanywhere:us${'-east'.repeat(100_000)}:111122223333:profile/x`,
    ],
  ])('parseArn: refuses %s in linear time', (_what, value) => {
    iterations += 1;
    for (const kind of ['trust-anchor', 'profile', 'role'] as const) {
      const started = Date.now();
      refusal(() => parseArn(value, kind, 'role-arn'), ['ERR_ARN_INVALID']);
      expect(Date.now() - started).toBeLessThan(500);
    }
  });

  it('parseDuration: "<n>", "<n>s", "<n>m", "<n>h" mean n seconds, minutes, hours, within 900..43200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom('', 's', 'm', 'h'),
        fc.constantFrom('', ' ', '\t'),
        counted((n, unit, pad) => {
          const seconds = n * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
          const result = refusal(
            () => parseDuration(`${pad}${n}${unit}${pad}`, 'session-duration'),
            ['ERR_DURATION_INVALID'],
          );
          if (seconds >= 900 && seconds <= 43_200) expect(result).toBe(seconds);
          else expect(result).toBeInstanceOf(RolesAnywhereError);
        }),
      ),
      { numRuns },
    );
  });

  it('parseDuration: any other text or number is a whole number of seconds in range, or ERR_DURATION_INVALID', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 20 }), fc.double(), fc.integer()),
        counted((value) => {
          const result = refusal(
            () => parseDuration(value, 'session-duration'),
            ['ERR_DURATION_INVALID'],
          );
          if (!(result instanceof RolesAnywhereError)) {
            expect(Number.isInteger(result)).toBe(true);
            expect(result).toBeGreaterThanOrEqual(900);
            expect(result).toBeLessThanOrEqual(43_200);
          }
        }),
      ),
      { numRuns },
    );
  });

  it('the other small parsers (session name, attempts, region) refuse only with their own codes', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        counted((value) => {
          refusal(
            () => parseRoleSessionName(value, 'role-session-name'),
            ['ERR_SESSION_NAME_INVALID'],
          );
          const attempts = refusal(
            () => parseMaxAttempts(value, 'retry-max-attempts'),
            ['ERR_INPUT_INVALID'],
          );
          if (typeof attempts === 'number') expect(attempts >= 1 && attempts <= 20).toBe(true);
          refusal(() => validateRegion(value, 'aws-region'), ['ERR_REGION_INVALID']);
        }),
      ),
      { numRuns },
    );
  });
});

describe("the emulator's request handling", () => {
  let pki: TestPki;
  let state: EmulatorState;
  let valid: RawRequest;

  beforeAll(async () => {
    pki = await createTestPki();
    state = createState({
      trustAnchors: [pki.root.certificatePem],
      ...TEST_ARNS,
      log: () => undefined,
    });
    const signed = signCreateSession({
      leaf: pki.leaf,
      intermediates: [pki.intermediate],
      body: sessionBody(),
      host: '127.0.0.1:4567',
      date: new Date(),
    });
    valid = {
      method: signed.method,
      target: signed.target,
      headers: Object.entries(signed.headers),
      body: Buffer.from(signed.body),
    };
  });

  it('accepts the untouched request (the baseline the mutations start from)', () => {
    expect(handleCreateSession(valid, state).reply.status).toBe(201);
  });

  type Mutation =
    | { kind: 'header-value'; at: number; value: string }
    | { kind: 'drop-header'; at: number }
    | { kind: 'repeat-header'; at: number }
    | { kind: 'body'; value: Uint8Array }
    | { kind: 'json-body'; value: unknown }
    | { kind: 'target'; value: string }
    | { kind: 'method'; value: string };

  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      kind: fc.constant('header-value' as const),
      at: fc.nat(),
      value: fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 })),
    }),
    fc.record({ kind: fc.constant('drop-header' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('repeat-header' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('body' as const), value: fc.uint8Array({ maxLength: 300 }) }),
    fc.record({ kind: fc.constant('json-body' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
    fc.record({ kind: fc.constant('target' as const), value: fc.string({ maxLength: 60 }) }),
    fc.record({
      kind: fc.constant('method' as const),
      value: fc.constantFrom('GET', 'PUT', 'post', ''),
    }),
  );

  function apply(request: RawRequest, m: Mutation): RawRequest {
    const headers = [...request.headers];
    const at = 'at' in m ? m.at % headers.length : 0;
    switch (m.kind) {
      case 'header-value':
        headers[at] = [headers[at]![0], m.value];
        return { ...request, headers };
      case 'drop-header':
        headers.splice(at, 1);
        return { ...request, headers };
      case 'repeat-header':
        headers.push(headers[at]!);
        return { ...request, headers };
      case 'body':
        return { ...request, body: Buffer.from(m.value) };
      case 'json-body':
        return { ...request, body: Buffer.from(JSON.stringify(m.value) ?? '') };
      case 'target':
        return { ...request, target: m.value };
      case 'method':
        return { ...request, method: m.value };
    }
  }

  it('answers any mutation of a signed CreateSession with a status, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        counted((mutations) => {
          const request = mutations.reduce(apply, valid);
          const outcome = handleCreateSession(request, state);
          expect(
            outcome.reply.status === 201 ||
              (outcome.reply.status >= 400 && outcome.reply.status < 500),
          ).toBe(true);
          expect(outcome.accepted).toBe(outcome.reply.status === 201);
        }),
      ),
      // Each run verifies an ECDSA signature and a chain: half the runs keep the file quick.
      { numRuns: Math.ceil(numRuns / 2) },
    );
  });

  it('answers arbitrary STS requests with a status, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(
              'Authorization',
              'X-Amz-Date',
              'Host',
              'X-Amz-Security-Token',
              'Content-Type',
              'x-junk',
            ),
            fc.string({ maxLength: 200 }),
          ),
          { maxLength: 6 },
        ),
        fc.string({ maxLength: 200 }),
        counted((headers, body) => {
          const outcome = handleSts(
            { method: 'POST', target: '/', headers, body: Buffer.from(body) },
            state,
          );
          expect(outcome.reply.status).toBeGreaterThanOrEqual(400);
          expect(outcome.reply.status).toBeLessThan(500);
        }),
      ),
      { numRuns },
    );
  });
});
