import { type Asn1Node } from './asn1.js';
/**
 * A distinguished name as one short line in encoding order, e.g. "CN=ci-runner, O=Example",
 * the way people read it off `openssl x509 -subject`. Values come from certificates the user
 * chose, so they are made single-line before they can reach a message.
 */
export declare function formatName(name: Asn1Node): string;
