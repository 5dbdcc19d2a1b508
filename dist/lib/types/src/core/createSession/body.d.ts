export declare const MIN_DURATION_SECONDS = 900;
export declare const MAX_DURATION_SECONDS = 43200;
export declare const DEFAULT_DURATION_SECONDS = 3600;
export interface CreateSessionBody {
    readonly durationSeconds: number;
    readonly profileArn: string;
    readonly roleArn: string;
    readonly trustAnchorArn: string;
    readonly roleSessionName?: string | undefined;
}
/** Accepts "3600", "1h", "45m"; whole seconds between 900 and 43200. */
export declare function parseDuration(value: string | number | undefined, input: string): number;
export declare function parseRoleSessionName(value: string | undefined, input: string): string | undefined;
/** Keys in a fixed order so the same settings always sign the same bytes. */
export declare function createSessionBody(body: CreateSessionBody): string;
