export interface AuthorizationParts {
  readonly algorithm: string;
  /** The leaf certificate's serial number in decimal. */
  readonly serialDecimal: string;
  readonly scope: string;
  readonly signedHeaders: string;
  readonly signature: string;
}

export function createAuthorizationHeader(parts: AuthorizationParts): string {
  return `${parts.algorithm} Credential=${parts.serialDecimal}/${parts.scope}, SignedHeaders=${parts.signedHeaders}, Signature=${parts.signature}`;
}
