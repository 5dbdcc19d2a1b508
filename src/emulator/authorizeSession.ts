/**
 * The profile's decisions once the caller is authenticated: is the trust anchor and profile one the
 * emulator holds (in the region the request was signed for), is the role listed in the profile,
 * does the duration fit the profile's cap, may the caller name the session.
 */
import type { ProfileSettings } from './options.js';
import { accessDenied, resourceNotFound, validationError } from './rejection.js';
import { DEFAULT_DURATION_SECONDS, type SessionRequest } from './sessionRequest.js';

export interface SessionGrant {
  readonly durationSeconds: number;
  readonly roleSessionName: string | undefined;
}

const ROLE_NOT_IN_PROFILE = "Requested Role isn't one of those listed in the Profile.";

/** Throws the service's rejection; `region` is the credential scope's region. */
export function authorizeSession(
  session: SessionRequest,
  region: string,
  profile: ProfileSettings,
): SessionGrant {
  checkTrustAnchor(session, region, profile);
  checkProfile(session, region, profile);
  checkRole(session, profile);
  const durationSeconds =
    session.durationSeconds ?? Math.min(DEFAULT_DURATION_SECONDS, profile.maxDurationSeconds);
  if (durationSeconds > profile.maxDurationSeconds) {
    throw validationError(
      `Requested durationSeconds ${durationSeconds} exceeds the profile's maximum session duration of ${profile.maxDurationSeconds} seconds.`,
    );
  }
  if (session.roleSessionName !== undefined && !profile.acceptRoleSessionName) {
    throw accessDenied(
      'Not authorized to set roleSessionName.',
      'the profile does not accept roleSessionName',
    );
  }
  return { durationSeconds, roleSessionName: session.roleSessionName };
}

function checkTrustAnchor(session: SessionRequest, region: string, profile: ProfileSettings): void {
  const { trustAnchor } = session;
  if (profile.trustAnchorArn !== undefined && trustAnchor.arn !== profile.trustAnchorArn) {
    throw resourceNotFound('Trust anchor not found.', `unknown trust anchor ${trustAnchor.arn}`);
  }
  if (trustAnchor.region !== region) {
    throw resourceNotFound(
      'Trust anchor not found.',
      `trust anchor is in ${trustAnchor.region} but the request was signed for ${region}`,
    );
  }
}

function checkProfile(session: SessionRequest, region: string, profile: ProfileSettings): void {
  const { profile: requested, trustAnchor } = session;
  if (profile.profileArn !== undefined && requested.arn !== profile.profileArn) {
    throw resourceNotFound('Profile not found.', `unknown profile ${requested.arn}`);
  }
  if (requested.region !== region) {
    throw resourceNotFound(
      'Profile not found.',
      `profile is in ${requested.region} but the request was signed for ${region}`,
    );
  }
  if (requested.account !== trustAnchor.account || requested.partition !== trustAnchor.partition) {
    throw resourceNotFound(
      'Profile not found.',
      `profile account ${requested.account} differs from the trust anchor's ${trustAnchor.account}`,
    );
  }
}

function checkRole(session: SessionRequest, profile: ProfileSettings): void {
  const { role, profile: requested } = session;
  if (profile.roleArn !== undefined && role.arn !== profile.roleArn) {
    throw accessDenied(
      ROLE_NOT_IN_PROFILE,
      `role ${role.arn} is not the profile's ${profile.roleArn}`,
    );
  }
  if (role.account !== requested.account || role.partition !== requested.partition) {
    throw accessDenied(ROLE_NOT_IN_PROFILE, `role ${role.arn} is not in the profile's account`);
  }
}
