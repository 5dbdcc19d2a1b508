import { type IncomingHttpHeaders } from 'node:http';
export interface HttpRequest {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}
export interface HttpResponse {
    readonly status: number;
    readonly headers: IncomingHttpHeaders;
    readonly bodyText: string;
}
export interface TransportOptions {
    /** Bound on one attempt, connect to last byte. */
    readonly timeoutMs: number;
    readonly proxy?: URL | undefined;
    /** Replaces the trusted roots (public roots plus extras) when set. */
    readonly ca?: readonly string[] | undefined;
    readonly rejectUnauthorized?: boolean | undefined;
    readonly userAgent: string;
}
/** One attempt, no retries: the orchestration re-signs and retries. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;
export declare function createTransport(options: TransportOptions): Transport;
