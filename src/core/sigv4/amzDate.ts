export interface RequestDate {
  /** `YYYYMMDDTHHMMSSZ`, the `X-Amz-Date` header. */
  readonly amzDate: string;
  /** `YYYYMMDD`, the date in the credential scope. */
  readonly dateStamp: string;
}

export function formatRequestDate(now: Date): RequestDate {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return { amzDate, dateStamp: amzDate.slice(0, 8) };
}
