import { type ChainSettings } from '../core/chain/chainSettings.js';
import type { SessionCredentials } from '../core/createSession/response.js';
import { type RetryPolicy } from '../core/retryPolicy.js';
import type { HttpRequest, HttpResponse } from '../http/transport.js';
export interface AssumeRoleDeps {
    readonly send: (request: HttpRequest) => Promise<HttpResponse>;
    readonly now: () => Date;
    readonly sleep: (ms: number) => Promise<void>;
    readonly random?: () => number;
    readonly log?: (line: string) => void;
}
export interface ChainedSession {
    readonly credentials: SessionCredentials;
    readonly attempts: number;
}
/** AssumeRole with retries as for CreateSession: throttling and 5xx only, each attempt signed anew. */
export declare function assumeChainedRole(chain: ChainSettings, first: SessionCredentials, region: string, policy: RetryPolicy, deps: AssumeRoleDeps): Promise<ChainedSession>;
