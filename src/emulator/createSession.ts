/**
 * POST /sessions, judged as Roles Anywhere does: signature, then certificate path, then the
 * request's parameters against the profile; a 201 with the full CreateSession document, or the
 * service's error shape.
 */
import { createHash } from 'node:crypto';
import { formatTimestamp } from './amzDate.js';
import { authorizeSession, type SessionGrant } from './authorizeSession.js';
import { validateChain } from './chainValidation.js';
import type { IssuedCredentials } from './credentialsStore.js';
import type { EmulatorState } from './options.js';
import type { RawRequest } from './rawRequest.js';
import { Rejection } from './rejection.js';
import { jsonErrorReply, jsonReply, newReplyContext, type ReplyContext } from './replies.js';
import { parseSessionRequest, type SessionRequest } from './sessionRequest.js';
import { checkTrustPolicy } from './trustPolicyCheck.js';
import type { Outcome } from './verdict.js';
import { presentedSerial, verifyX509Request, type VerifiedSigner } from './x509Signature.js';

export function handleCreateSession(request: RawRequest, state: EmulatorState): Outcome {
  const now = state.clock();
  const context = newReplyContext(now);
  try {
    const signer = verifyX509Request(request, now);
    validateChain({
      ...signer,
      anchors: state.anchors,
      now,
      lenientExtensions: state.lenientExtensions,
    });
    const session = parseSessionRequest(request);
    const grant = authorizeSession(session, signer.region, state.profile);
    checkTrustPolicy(
      state.trustPolicies,
      session.role.arn,
      session.trustAnchor.arn,
      signer.leaf.der,
    );
    return issueSession(session, grant, signer, state, context);
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    const serial = presentedSerial(request);
    return {
      reply: jsonErrorReply(error.status, error.errorType, error.message, context),
      verdict: {
        status: error.status,
        label: error.errorType,
        reason:
          error.reason === error.message ? error.message : `${error.message}: ${error.reason}`,
        details: serial === undefined ? [] : [['serial', serial]],
      },
      accepted: false,
    };
  }
}

function issueSession(
  session: SessionRequest,
  grant: SessionGrant,
  signer: VerifiedSigner,
  state: EmulatorState,
  context: ReplyContext,
): Outcome {
  const { role, profile } = session;
  // STS's default session name for Roles Anywhere is the certificate serial in hex.
  const sessionName = grant.roleSessionName ?? signer.leaf.serial.toString(16);
  const expiresAt = Math.floor(context.date.getTime() / 1000) * 1000 + grant.durationSeconds * 1000;
  const credentials = state.credentials.issue(
    {
      assumedRoleArn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${sessionName}`,
      assumedRoleId: `${roleId(role.arn)}:${sessionName}`,
      account: role.account,
      sourceIdentity: sourceIdentityOf(signer),
    },
    new Date(expiresAt),
  );
  const subjectArn = `arn:${profile.partition}:rolesanywhere:${profile.region}:${profile.account}:subject/${uuidOf(signer.leaf.subject)}`;
  return {
    reply: jsonReply(201, sessionDocument(credentials, role.arn, signer, subjectArn), context),
    verdict: {
      status: 201,
      label: 'CreateSession',
      details: [
        ['serial', signer.leaf.serial],
        ['role', role.arn],
        ['duration', grant.durationSeconds],
      ],
    },
    accepted: true,
  };
}

function sessionDocument(
  credentials: IssuedCredentials,
  roleArn: string,
  signer: VerifiedSigner,
  subjectArn: string,
): unknown {
  return {
    credentialSet: [
      {
        assumedRoleUser: {
          arn: credentials.assumedRoleArn,
          assumedRoleId: credentials.assumedRoleId,
        },
        credentials: {
          accessKeyId: credentials.accessKeyId,
          secretAccessKey: credentials.secretAccessKey,
          sessionToken: credentials.sessionToken,
          expiration: formatTimestamp(credentials.expiration),
        },
        packedPolicySize: 0,
        roleArn,
        sourceIdentity: sourceIdentityOf(signer),
      },
    ],
    subjectArn,
  };
}

function sourceIdentityOf({ leaf }: VerifiedSigner): string {
  return leaf.commonName === undefined ? leaf.subject : `CN=${leaf.commonName}`;
}

/** A stable `AROA…` id per role, as IAM gives each role one unique id. */
function roleId(roleArn: string): string {
  const digits = BigInt(`0x${createHash('sha256').update(roleArn).digest('hex')}`).toString(36);
  return `AROA${digits.toUpperCase().slice(0, 17).padEnd(17, '0')}`;
}

/** A stable uuid-shaped id per certificate subject, as the service keeps one subject per identity. */
function uuidOf(subject: string): string {
  const hex = createHash('sha256').update(subject).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
