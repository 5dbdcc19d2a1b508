export interface RequestDate {
    /** `YYYYMMDDTHHMMSSZ`, the `X-Amz-Date` header. */
    readonly amzDate: string;
    /** `YYYYMMDD`, the date in the credential scope. */
    readonly dateStamp: string;
}
export declare function formatRequestDate(now: Date): RequestDate;
