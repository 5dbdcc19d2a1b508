import { type Environment } from '../core/sdkEnvironment.js';
/** The public roots plus AWS_CA_BUNDLE (and NODE_EXTRA_CA_CERTS with it); undefined: Node's store. */
export declare function extraCertificateAuthorities(env: Environment): string[] | undefined;
