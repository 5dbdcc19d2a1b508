import { type Asn1Node } from './asn1.js';
/**
 * What a DER structure is, judged by its shape alone. PEM labels can lie and DER has no label,
 * so both paths come through here before anything is handed to OpenSSL.
 */
export type DerKind = {
    readonly kind: 'certificate';
} | {
    readonly kind: 'pkcs12';
} | {
    readonly kind: 'private-key';
    readonly format: 'pkcs1' | 'sec1' | 'pkcs8';
} | {
    readonly kind: 'encrypted-private-key';
} | {
    readonly kind: 'dsa-private-key';
} | {
    readonly kind: 'other';
    readonly description: string;
    readonly recognized: boolean;
};
export declare function classifyDer(node: Asn1Node): DerKind;
