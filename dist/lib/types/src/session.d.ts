import { type SessionCredentials } from './core/createSession/response.js';
import { type CredentialMaterial } from './core/material/index.js';
import type { SessionSettings } from './core/settings.js';
import { type SigningIdentity } from './core/sigv4/index.js';
import type { HttpRequest, HttpResponse } from './http/transport.js';
/** Everything with a side effect, passed in so each front end and test chooses its own. */
export interface SessionDeps {
    /** Sends one request; bounded by its own per-attempt timeout. */
    readonly send: (request: HttpRequest) => Promise<HttpResponse>;
    readonly now: () => Date;
    readonly sleep: (ms: number) => Promise<void>;
    readonly random?: () => number;
    /** Progress for people; never given a secret. */
    readonly log?: (line: string) => void;
    /** Each end-entity warning, once per load of the material (`::warning::`, a stderr line). */
    readonly warn?: (line: string) => void;
}
export interface ObtainedSession {
    /** The credentials to hand over: the chained role's when chaining, else Roles Anywhere's. */
    readonly credentials: SessionCredentials;
    readonly material: CredentialMaterial;
    readonly attempts: number;
    /** With chaining: the Roles Anywhere credentials the second hop was signed with (mask them too). */
    readonly firstHop?: SessionCredentials | undefined;
}
export declare function signingIdentity(material: CredentialMaterial): SigningIdentity;
/** The CreateSession body these settings ask for. */
export declare function sessionRequestBody(settings: SessionSettings): string;
/** CreateSession, then the account guard and the second hop when asked for: what a long-running server calls on each refresh. */
export declare function createSession(settings: SessionSettings, material: CredentialMaterial, deps: SessionDeps): Promise<ObtainedSession>;
/** The one orchestration every front end calls: load and check the material, sign, send, parse. */
export declare function obtainCredentials(settings: SessionSettings, deps: SessionDeps, loaded?: CredentialMaterial): Promise<ObtainedSession>;
