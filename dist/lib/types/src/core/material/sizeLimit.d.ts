/**
 * The one bound on every material source (file, stdin, environment variable, Action input,
 * library argument). A certificate chain with its key is a few kilobytes; a megabyte leaves room
 * for long chains and keeps `/dev/zero` or a 300 MB paste from exhausting memory.
 */
export declare const MAX_MATERIAL_BYTES: number;
export declare function byteLength(value: string | Uint8Array): number;
/** Refuses a source larger than the bound, naming the input and the limit. */
export declare function checkMaterialSize(value: string | Uint8Array | undefined, input: string): void;
