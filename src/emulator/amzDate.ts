/** The SigV4 `X-Amz-Date` format (`YYYYMMDDTHHMMSSZ`) and the service's timestamp format. */

/** How far a request's X-Amz-Date may be from the server clock (SigV4's 5 minutes). */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0));
  // Date.UTC rolls 20240230 over to March; a real timestamp survives the round trip.
  return formatAmzDate(date) === value ? date : undefined;
}

export function formatAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** `2025-12-11T16:34:25Z`: the expiration format of CreateSession and credential_process. */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Describes the skew for a log line, e.g. `12m30s ahead of`. */
export function describeSkew(requestDate: Date, now: Date): string {
  const deltaSeconds = Math.round((requestDate.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(deltaSeconds);
  const text = `${Math.floor(magnitude / 60)}m${magnitude % 60}s`;
  return `${text} ${deltaSeconds >= 0 ? 'ahead of' : 'behind'}`;
}
