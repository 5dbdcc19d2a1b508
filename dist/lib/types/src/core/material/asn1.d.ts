import * as asn1js from 'asn1js';
/**
 * A thin, typed reading layer over asn1js. Every accessor either returns what the structure
 * promises or throws `Asn1Error`, so parsers read like the ASN.1 module they follow and callers
 * translate one error type into the input-specific `RolesAnywhereError`.
 */
export type Asn1Node = asn1js.BaseBlock;
/** A structural problem in DER/BER data. The message names the field, never its bytes. */
export declare class Asn1Error extends Error {
    readonly name = "Asn1Error";
}
export declare const Tag: {
    readonly boolean: 1;
    readonly integer: 2;
    readonly bitString: 3;
    readonly octetString: 4;
    readonly null: 5;
    readonly oid: 6;
    readonly sequence: 16;
    readonly set: 17;
};
/** Parses exactly one DER/BER element that spans all of `bytes`. */
export declare function parseDer(bytes: Uint8Array, what: string): Asn1Node;
/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
export declare function parseDerList(bytes: Uint8Array): Asn1Node[];
export declare function isUniversal(node: Asn1Node | undefined, tag: number): node is Asn1Node;
export declare function isContext(node: Asn1Node | undefined, tag: number): node is Asn1Node;
/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
export declare function elements(node: Asn1Node): Asn1Node[];
export declare function sequence(node: Asn1Node | undefined, what: string): Asn1Node[];
export declare function set(node: Asn1Node | undefined, what: string): Asn1Node[];
export declare function oid(node: Asn1Node | undefined, what: string): string;
export declare function octets(node: Asn1Node | undefined, what: string): Uint8Array;
/** The content of an IMPLICIT-tagged OCTET STRING such as `encryptedContent [0]`. */
export declare function implicitOctets(node: Asn1Node | undefined, tag: number, what: string): Uint8Array;
/** The single element inside an EXPLICIT context tag such as `[0] EXPLICIT`. */
export declare function explicit(node: Asn1Node | undefined, tag: number, what: string): Asn1Node;
/** A two's-complement INTEGER as a bigint. */
export declare function bigInteger(node: Asn1Node | undefined, what: string): bigint;
/** A small non-negative INTEGER (versions, iteration counts, key lengths). */
export declare function smallInteger(node: Asn1Node | undefined, what: string, max: number): number;
export declare function bitString(node: Asn1Node | undefined, what: string): {
    bytes: Uint8Array;
    unusedBits: number;
};
export declare function boolean(node: Asn1Node | undefined): boolean | undefined;
/** UTCTime or GeneralizedTime as a Date. */
export declare function time(node: Asn1Node | undefined, what: string): Date;
/** The exact encoded bytes of an element, header included. */
export declare function encoded(node: Asn1Node): Uint8Array;
/** The text of a directory string (UTF8String, PrintableString, BMPString, ...), if it is one. */
export declare function stringValue(node: Asn1Node): string | undefined;
export interface AlgorithmIdentifier {
    readonly oid: string;
    readonly parameters: Asn1Node | undefined;
}
export declare function algorithmIdentifier(node: Asn1Node | undefined, what: string): AlgorithmIdentifier;
