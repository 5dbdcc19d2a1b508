import type { SessionCredentials } from '../createSession/response.js';
import { RolesAnywhereError } from '../errors.js';
import type { ChainSettings } from './chainSettings.js';
/** The fields of the SDK's AssumeRoleCommandOutput this project reads. */
export interface AssumeRoleOutput {
    readonly Credentials?: {
        readonly AccessKeyId?: string | undefined;
        readonly SecretAccessKey?: string | undefined;
        readonly SessionToken?: string | undefined;
        readonly Expiration?: Date | undefined;
    } | undefined;
    readonly AssumedRoleUser?: {
        readonly Arn?: string | undefined;
        readonly AssumedRoleId?: string | undefined;
    } | undefined;
    readonly SourceIdentity?: string | undefined;
}
export declare function checkAssumeRoleOutput(output: AssumeRoleOutput, chain: ChainSettings, sessionName: string, now: Date): SessionCredentials;
/** An STS error answer, as the SDK reports it. */
export interface StsFailure {
    /** The STS error code (`AccessDenied`, `Throttling`, …) or the SDK's error name. */
    readonly code: string;
    readonly status: number | undefined;
    readonly message: string;
    readonly requestId: string | undefined;
}
/** One error that keeps STS's words and adds what to check; throttling and 5xx may be retried. */
export declare function mapStsFailure(failure: StsFailure, chain: ChainSettings, sourceRoleArn: string): RolesAnywhereError;
