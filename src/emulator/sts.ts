/**
 * The STS subset a client needs to prove issued credentials work: GetCallerIdentity and (for role
 * chaining) AssumeRole over the AWS query protocol (`POST /` with `Action=…&Version=2011-06-15`),
 * XML answers.
 */
import { assumeRole, takeStsFault } from './assumeRole.js';
import { verifyHmacRequest } from './hmacSignature.js';
import type { EmulatorState } from './options.js';
import { headerValues, splitTarget, type RawRequest } from './rawRequest.js';
import { Rejection } from './rejection.js';
import { newReplyContext, stsErrorReply, stsResultReply } from './replies.js';
import type { Outcome } from './verdict.js';

export function handleSts(request: RawRequest, state: EmulatorState): Outcome {
  const now = state.clock();
  const context = newReplyContext(now);
  try {
    const credentials = verifyHmacRequest(request, now, state.credentials, 'sts');
    const params = parameters(request);
    const action = params.get('Action');
    if (action === 'AssumeRole') {
      const fault = takeStsFault(state);
      if (fault !== undefined) throw fault;
      return assumeRole(params, credentials, state, context);
    }
    if (action !== 'GetCallerIdentity') {
      const message = `Could not find operation ${action ?? '(none)'} for version 2011-06-15`;
      throw new Rejection(400, 'InvalidAction', message, message);
    }
    const fields = [
      ['Arn', credentials.assumedRoleArn],
      ['UserId', credentials.assumedRoleId],
      ['Account', credentials.account],
    ] as const;
    return {
      reply: stsResultReply('GetCallerIdentity', fields, context),
      verdict: {
        status: 200,
        label: 'GetCallerIdentity',
        details: [['arn', credentials.assumedRoleArn]],
      },
      accepted: true,
    };
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    return {
      reply: stsErrorReply(error.status, error.errorType, error.message, context),
      verdict: { status: error.status, label: error.errorType, reason: error.reason },
      accepted: false,
    };
  }
}

/** Query protocol parameters: the query string plus a form-encoded body. */
function parameters(request: RawRequest): URLSearchParams {
  const merged = new URLSearchParams(splitTarget(request.target).query);
  const contentType = headerValues(request, 'content-type')[0] ?? '';
  if (contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    for (const [name, value] of new URLSearchParams(request.body.toString('utf8'))) {
      merged.append(name, value);
    }
  }
  return merged;
}
