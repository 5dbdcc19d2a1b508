/**
 * Node's `X509Certificate.serialNumber` is upper-case hex; the Authorization header wants decimal.
 * Serials run to 160 bits, so BigInt.
 */
export function serialHexToDecimal(hex: string): string {
  const clean = hex.replace(/[:\s]/g, '');
  if (!/^[0-9a-fA-F]+$/.test(clean)) {
    throw new RangeError('serial number is not hexadecimal');
  }
  return BigInt(`0x${clean}`).toString(10);
}
