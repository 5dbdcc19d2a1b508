/**
 * How long before expiry credentials stop being worth handing out. botocore refreshes 15 minutes
 * before expiry (advisory) and insists at 10; handing it credentials inside that window makes it
 * run the process on every call. So: 15 minutes plus one of slack, and half the session for
 * sessions under 32 minutes, which could otherwise never be used at all.
 */
export declare function refreshMarginMs(durationSeconds: number): number;
