export interface SessionCredentials {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken: string;
    readonly expiration: Date;
    readonly assumedRoleArn: string;
    readonly assumedRoleId: string | undefined;
    readonly roleArn: string | undefined;
    readonly sourceIdentity: string | undefined;
    readonly subjectArn: string | undefined;
    readonly accountId: string | undefined;
}
export declare function parseCreateSessionText(text: string): SessionCredentials;
export declare function parseCreateSessionResponse(body: unknown): SessionCredentials;
