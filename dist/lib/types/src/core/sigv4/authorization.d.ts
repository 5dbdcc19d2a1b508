export interface AuthorizationParts {
    readonly algorithm: string;
    /** The leaf certificate's serial number in decimal. */
    readonly serialDecimal: string;
    readonly scope: string;
    readonly signedHeaders: string;
    readonly signature: string;
}
export declare function createAuthorizationHeader(parts: AuthorizationParts): string;
