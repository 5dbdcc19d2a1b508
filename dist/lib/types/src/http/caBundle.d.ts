import { type Environment } from '../core/sdkEnvironment.js';
/**
 * The PEM text of AWS_CA_BUNDLE (and NODE_EXTRA_CA_CERTS with it), read now so a bad path fails
 * before any request; undefined: Node's own store. The sender adds the public roots.
 */
export declare function extraCertificateAuthorities(env: Environment): string[] | undefined;
