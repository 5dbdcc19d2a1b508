/** Kept equal to package.json's version by a test. */
export declare const VERSION = "1.0.0";
export declare const PRODUCT = "rolesanywhere-credentials";
