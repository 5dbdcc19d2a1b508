import { type ParsedArn } from './arn.js';
import { type ChainNames, type ChainSettings, type RawChainInputs } from './chain/chainSettings.js';
import type { InputNames, MaterialSources } from './material/index.js';
import { type RetryPolicy } from './retryPolicy.js';
/**
 * What each front end calls its inputs, so every message names the one the user typed. Each front
 * end owns its table (src/github/names.ts, src/cli/names.ts, src/lib/index.ts).
 */
export interface SettingNames extends InputNames {
    readonly trustAnchorArn: string;
    readonly profileArn: string;
    readonly roleArn: string;
    readonly region: string;
    readonly endpoint: string;
    readonly durationSeconds: string;
    readonly roleSessionName: string;
    readonly chain?: ChainNames;
    readonly allowedAccountIds?: string;
    readonly allowInsecureEndpoint: string;
}
/** Everything as the user gave it, before any check. */
export interface RawSessionInputs {
    readonly material: MaterialSources;
    readonly trustAnchorArn: string | undefined;
    readonly profileArn: string | undefined;
    readonly roleArn: string | undefined;
    readonly region?: string | undefined;
    /** An explicit endpoint URL and where it came from (input or environment variable). */
    readonly endpoint?: {
        readonly url: string;
        readonly source: string;
    } | undefined;
    readonly useFipsEndpoint?: boolean | undefined;
    readonly useDualStackEndpoint?: boolean | undefined;
    /** Lets an explicit endpoint be plain HTTP to a host other than loopback. */
    readonly allowInsecureEndpoint?: boolean | undefined;
    readonly durationSeconds?: string | number | undefined;
    readonly roleSessionName?: string | undefined;
    readonly retry?: Partial<RetryPolicy> | undefined;
    /** A second hop: STS AssumeRole with the Roles Anywhere credentials. */
    readonly chain?: RawChainInputs | undefined;
    readonly allowedAccountIds?: string | readonly string[] | undefined;
}
/** Checked, typed and final: nothing downstream reads raw input again. */
export interface SessionSettings {
    readonly material: MaterialSources;
    readonly names: SettingNames;
    readonly trustAnchor: ParsedArn;
    readonly profile: ParsedArn;
    readonly role: ParsedArn;
    readonly region: string;
    readonly endpoint: URL;
    /** Plain HTTP to another host, allowed by name: every front end warns about it. */
    readonly insecureEndpoint: boolean;
    readonly durationSeconds: number;
    readonly roleSessionName: string | undefined;
    readonly retry: RetryPolicy;
    readonly chain?: ChainSettings | undefined;
    /** Empty or absent: any account. */
    readonly allowedAccountIds?: readonly string[] | undefined;
}
export declare function resolveSessionSettings(raw: RawSessionInputs, names: SettingNames): SessionSettings;
