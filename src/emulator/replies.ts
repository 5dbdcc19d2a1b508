/**
 * The wire shapes of the emulator's answers: REST-JSON for Roles Anywhere (status,
 * `x-amzn-ErrorType`, `x-amzn-RequestId`, `Date`, body `{"message": …}`) and the AWS query
 * protocol's XML for STS.
 */
import { randomUUID } from 'node:crypto';

export interface Reply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Per-request facts every reply carries; `date` is the emulator clock, so skew is observable. */
export interface ReplyContext {
  readonly requestId: string;
  readonly date: Date;
}

export function newReplyContext(now: Date): ReplyContext {
  return { requestId: randomUUID(), date: now };
}

function baseHeaders(context: ReplyContext, contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'x-amzn-RequestId': context.requestId,
    Date: context.date.toUTCString(),
  };
}

export function jsonReply(status: number, document: unknown, context: ReplyContext): Reply {
  return {
    status,
    headers: baseHeaders(context, 'application/json'),
    body: JSON.stringify(document),
  };
}

export function jsonErrorReply(
  status: number,
  errorType: string,
  message: string,
  context: ReplyContext,
): Reply {
  return {
    status,
    headers: { ...baseHeaders(context, 'application/json'), 'x-amzn-ErrorType': errorType },
    body: JSON.stringify({ message }),
  };
}

export function rawReply(
  status: number,
  contentType: string,
  body: string,
  context: ReplyContext,
): Reply {
  return { status, headers: baseHeaders(context, contentType), body };
}

const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function xmlEscape(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function stsErrorReply(
  status: number,
  code: string,
  message: string,
  context: ReplyContext,
): Reply {
  const type = status >= 500 ? 'Receiver' : 'Sender';
  const body =
    `<ErrorResponse xmlns="${STS_NAMESPACE}">\n` +
    `  <Error>\n    <Type>${type}</Type>\n    <Code>${xmlEscape(code)}</Code>\n` +
    `    <Message>${xmlEscape(message)}</Message>\n  </Error>\n` +
    `  <RequestId>${context.requestId}</RequestId>\n</ErrorResponse>\n`;
  return { status, headers: baseHeaders(context, 'text/xml'), body };
}

export function stsResultReply(
  action: string,
  fields: readonly (readonly [string, string])[],
  context: ReplyContext,
): Reply {
  const members = fields.map(([name, value]) => `    <${name}>${xmlEscape(value)}</${name}>\n`);
  const body =
    `<${action}Response xmlns="${STS_NAMESPACE}">\n  <${action}Result>\n${members.join('')}` +
    `  </${action}Result>\n  <ResponseMetadata>\n    <RequestId>${context.requestId}</RequestId>\n` +
    `  </ResponseMetadata>\n</${action}Response>\n`;
  return { status: 200, headers: baseHeaders(context, 'text/xml'), body };
}
