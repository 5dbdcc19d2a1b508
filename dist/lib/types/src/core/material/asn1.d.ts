/**
 * The DER/BER reader the material loader parses with: a tag-length-value walk that keeps each
 * element's bytes as views of the input, plus typed accessors that either return what the
 * structure promises or throw `Asn1Error`, so parsers read like the ASN.1 module they follow and
 * callers translate one error type into the input-specific `RolesAnywhereError`. Written here
 * rather than taken from asn1js, which the emulator and `pki` still use: see
 * docs/architecture.md, "Own DER reader".
 */
export interface Asn1Node {
    /** X.690 class: 0 universal, 1 application, 2 context-specific, 3 private. */
    readonly tagClass: number;
    readonly tagNumber: number;
    readonly constructed: boolean;
    /** The whole element, header included (and, for BER indefinite length, its end-of-contents). */
    readonly encoded: Uint8Array;
    /** The content octets, without the end-of-contents of an indefinite length. */
    readonly content: Uint8Array;
    /** The elements of a constructed encoding; empty for a primitive one. */
    readonly children: readonly Asn1Node[];
}
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
    readonly utf8String: 12;
    readonly sequence: 16;
    readonly set: 17;
    readonly utcTime: 23;
    readonly generalizedTime: 24;
    readonly universalString: 28;
    readonly bmpString: 30;
};
/** Parses exactly one DER/BER element that spans all of `bytes`. */
export declare function parseDer(bytes: Uint8Array, what: string): Asn1Node;
/** Parses back-to-back DER elements, as in a file of concatenated DER certificates. */
export declare function parseDerList(bytes: Uint8Array): Asn1Node[];
export declare function isUniversal(node: Asn1Node | undefined, tag: number): node is Asn1Node;
export declare function isContext(node: Asn1Node | undefined, tag: number): node is Asn1Node;
/** The elements of a constructed node (SEQUENCE, SET or a constructed context tag). */
export declare function elements(node: Asn1Node): readonly Asn1Node[];
export declare function sequence(node: Asn1Node | undefined, what: string): readonly Asn1Node[];
export declare function set(node: Asn1Node | undefined, what: string): readonly Asn1Node[];
/** Dotted decimal; arcs past 2^53 are read as bigints, as UUID-based OIDs (2.25.…) need. */
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
/** UTCTime or GeneralizedTime as a Date; a GeneralizedTime without a zone is read as UTC. */
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
