/**
 * Node's `X509Certificate.serialNumber` is upper-case hex; the Authorization header wants decimal.
 * Serials run to 160 bits, so BigInt.
 */
export declare function serialHexToDecimal(hex: string): string;
