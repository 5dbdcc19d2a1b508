/**
 * Fault injection for CreateSession, to exercise a client's retries, timeouts and response
 * parsing. Faults form a queue: each request takes the first fault that still has uses left
 * (`count`, unlimited when omitted) and spends one.
 */
import type { Reply, ReplyContext } from './replies.js';
import { jsonErrorReply, rawReply } from './replies.js';

export type MalformedBody = 'truncated-json' | 'non-json' | 'html' | 'empty-credential-set';

interface FaultBase {
  /** How many CreateSession requests this fault applies to; every following one when omitted. */
  readonly count?: number;
}

export type Fault =
  /** Answers with an error, e.g. 500 InternalServerException, 429 ThrottlingException, 503. */
  | (FaultBase & {
      readonly kind: 'error';
      readonly status: number;
      readonly errorType?: string;
      readonly message?: string;
      readonly latencyMs?: number;
    })
  /** Waits, then judges and answers normally. */
  | (FaultBase & { readonly kind: 'latency'; readonly ms: number })
  /** Destroys the connection without an answer. */
  | (FaultBase & { readonly kind: 'reset'; readonly latencyMs?: number })
  /** Never answers; the connection stays open until the client gives up or the emulator closes. */
  | (FaultBase & { readonly kind: 'stall' })
  /** Answers with a body a client must refuse to parse as credentials. */
  | (FaultBase & {
      readonly kind: 'malformed';
      readonly body: MalformedBody;
      readonly status?: number;
      readonly latencyMs?: number;
    })
  /** Judges normally, then sends the body `chunkBytes` at a time every `intervalMs`. */
  | (FaultBase & {
      readonly kind: 'trickle';
      readonly intervalMs: number;
      readonly chunkBytes?: number;
    });

export class FaultQueue {
  private entries: { fault: Fault; remaining: number }[] = [];

  constructor(faults: readonly Fault[] = []) {
    this.replace(faults);
  }

  replace(faults: readonly Fault[]): void {
    this.entries = faults.map((fault) => ({ fault, remaining: fault.count ?? Infinity }));
  }

  /** The fault for the next CreateSession request, if any, spending one use of it. */
  take(): Fault | undefined {
    const entry = this.entries.find((e) => e.remaining > 0);
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    return entry.fault;
  }
}

const DEFAULT_ERRORS: Readonly<Record<number, readonly [string, string]>> = {
  429: ['ThrottlingException', 'Rate exceeded'],
  500: ['InternalServerException', 'An internal error occurred. Try again.'],
  502: ['BadGatewayException', 'Bad Gateway'],
  503: ['ServiceUnavailableException', 'Service Unavailable'],
  504: ['GatewayTimeoutException', 'Gateway Timeout'],
};

export function faultErrorReply(
  fault: Extract<Fault, { kind: 'error' }>,
  context: ReplyContext,
): Reply {
  const [type, message] = DEFAULT_ERRORS[fault.status] ?? [
    'InternalServerException',
    'Injected fault',
  ];
  return jsonErrorReply(fault.status, fault.errorType ?? type, fault.message ?? message, context);
}

/** Fake values only: a malformed answer must never look like usable credentials. */
const SAMPLE_DOCUMENT = JSON.stringify({
  credentialSet: [
    {
      assumedRoleUser: {
        arn: 'arn:aws:sts::123456789012:assumed-role/example/session',
        assumedRoleId: 'AROAEXAMPLEEXAMPLE123:session',
      },
      credentials: {
        accessKeyId: 'ASIAEXAMPLEEXAMPLE12',
        secretAccessKey: 'truncated',
        sessionToken: 'truncated',
        expiration: '2030-01-01T00:00:00Z',
      },
    },
  ],
});

const HTML_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>corporate-proxy</center>\r\n' +
  '</body>\r\n</html>\r\n';

export function malformedReply(
  fault: Extract<Fault, { kind: 'malformed' }>,
  context: ReplyContext,
): Reply {
  switch (fault.body) {
    case 'truncated-json':
      return rawReply(
        fault.status ?? 201,
        'application/json',
        SAMPLE_DOCUMENT.slice(0, 120),
        context,
      );
    case 'non-json':
      return rawReply(
        fault.status ?? 201,
        'application/json',
        'Service temporarily degraded',
        context,
      );
    case 'html':
      return rawReply(fault.status ?? 502, 'text/html', HTML_PAGE, context);
    case 'empty-credential-set':
      return rawReply(
        fault.status ?? 201,
        'application/json',
        JSON.stringify({
          credentialSet: [],
          subjectArn:
            'arn:aws:rolesanywhere:us-east-1:123456789012:subject/00000000-0000-4000-8000-000000000000',
        }),
        context,
      );
  }
}
