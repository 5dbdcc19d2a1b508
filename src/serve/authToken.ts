import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url: no character a header, a shell or a dotenv file treats specially. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented secret with the expected one in time independent of where they differ and
 * of the presented length: both are hashed to 32 bytes first, then compared with timingSafeEqual.
 */
export function secretsEqual(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** A stable handle for a secret, for maps keyed by tokens without keeping the token itself. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}
