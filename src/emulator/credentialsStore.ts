/**
 * The temporary credentials the emulator has issued, so that its STS endpoint can recognise them.
 * Values look like STS's: `ASIA` + 16 upper-case alphanumerics, a 40-character base64 secret and a
 * long base64 session token.
 */
import { randomBytes, randomInt } from 'node:crypto';

export interface SessionIdentity {
  /** `arn:aws:sts::<account>:assumed-role/<role>/<session>` */
  readonly assumedRoleArn: string;
  /** `AROA…:<session>` */
  readonly assumedRoleId: string;
  readonly account: string;
  /** Set by Roles Anywhere from the certificate; carried unchanged through role chaining. */
  readonly sourceIdentity?: string;
}

export interface IssuedCredentials extends SessionIdentity {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export class CredentialsStore {
  private readonly byAccessKeyId = new Map<string, IssuedCredentials>();

  /** `onIssue` sees every set issued: leak tests need the secrets a client never hands over. */
  constructor(private readonly onIssue?: (credentials: IssuedCredentials) => void) {}

  issue(identity: SessionIdentity, expiration: Date): IssuedCredentials {
    const credentials: IssuedCredentials = {
      ...identity,
      accessKeyId: `ASIA${randomText(16)}`,
      // 30 random bytes are exactly 40 base64 characters, '+' and '/' included now and then.
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(480).toString('base64'),
      expiration,
    };
    this.byAccessKeyId.set(credentials.accessKeyId, credentials);
    this.onIssue?.(credentials);
    return credentials;
  }

  find(accessKeyId: string): IssuedCredentials | undefined {
    return this.byAccessKeyId.get(accessKeyId);
  }
}

function randomText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1)
    text += KEY_ID_ALPHABET.charAt(randomInt(KEY_ID_ALPHABET.length));
  return text;
}
