/**
 * Role chaining: the second hop (STS AssumeRole with the Roles Anywhere credentials), checked
 * before any call. Limits are STS's own:
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 */
import { type ParsedArn } from '../arn.js';
/** What each front end calls the chaining inputs, so every message names the one the user typed. */
export interface ChainNames {
    readonly roleArn: string;
    readonly roleSessionName: string;
    readonly externalId: string;
    readonly durationSeconds: string;
    readonly policy: string;
    readonly policyArns: string;
    readonly tags: string;
    readonly transitiveTagKeys: string;
    readonly endpoint: string;
}
export interface SessionTag {
    readonly key: string;
    readonly value: string;
}
/** As the user gave them: strings (lists comma- or newline-separated) or already-split lists. */
export interface RawChainInputs {
    readonly roleArn: string;
    readonly roleSessionName?: string | undefined;
    readonly externalId?: string | undefined;
    readonly durationSeconds?: string | number | undefined;
    readonly policy?: string | undefined;
    readonly policyArns?: string | readonly string[] | undefined;
    readonly tags?: string | readonly SessionTag[] | undefined;
    readonly transitiveTagKeys?: string | readonly string[] | undefined;
    /** An explicit STS endpoint and where it came from (input or environment variable). */
    readonly endpoint?: {
        readonly url: string;
        readonly source: string;
    } | undefined;
}
export interface ChainSettings {
    readonly role: ParsedArn;
    /** Undefined: derived from the first session when the call is made. */
    readonly roleSessionName: string | undefined;
    readonly externalId: string | undefined;
    readonly durationSeconds: number;
    /** The inline session policy, minified JSON. */
    readonly policy: string | undefined;
    readonly policyArns: readonly string[];
    readonly tags: readonly SessionTag[];
    readonly transitiveTagKeys: readonly string[];
    readonly endpoint: URL;
    /** Where the endpoint came from, for messages. */
    readonly endpointSource: string;
    readonly names: ChainNames;
}
/** STS caps a chained role session at one hour, whatever the role's maximum. */
export declare const MAX_CHAINED_DURATION_SECONDS = 3600;
export interface ChainContext {
    readonly region: string;
    readonly useFipsEndpoint: boolean;
    readonly useDualStackEndpoint: boolean;
}
export declare function splitList(value: string | readonly string[] | undefined): string[];
export declare function parseChainDuration(value: string | number | undefined, input: string): number;
/** Parsed as JSON and minified, so the size checked is the size STS counts. */
export declare function parseSessionPolicy(value: string | undefined, input: string): string | undefined;
/** `Key=Value` pairs, one per line or comma-separated; or a list already split. */
export declare function parseTags(value: RawChainInputs['tags'], input: string): SessionTag[];
export declare function resolveChainSettings(raw: RawChainInputs, context: ChainContext, names: ChainNames): ChainSettings;
/**
 * The second hop when a role to chain to is given; the other chaining inputs alone are refused,
 * since they would be silently ignored.
 */
export declare function resolveOptionalChain(raw: RawChainInputs | undefined, context: ChainContext, names: ChainNames): ChainSettings | undefined;
/** Checked settings back to plain inputs that resolve to the same settings (for the serve child). */
export declare function rawChainInputs(chain: ChainSettings): RawChainInputs;
/**
 * The default session name for the second hop: the first session's name (the certificate serial
 * in hex unless set), which is already valid for STS, cut to its 64 characters.
 */
export declare function defaultChainSessionName(firstAssumedRoleArn: string): string;
export declare const ACTION_CHAIN_NAMES: ChainNames;
export declare const CLI_CHAIN_NAMES: ChainNames;
export declare const LIB_CHAIN_NAMES: ChainNames;
