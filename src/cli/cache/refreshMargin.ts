import { refreshMarginMs } from '../../core/refreshMargin.js';

export { refreshMarginMs };

export function isFreshEnough(expiration: Date, now: Date, durationSeconds: number): boolean {
  return expiration.getTime() - now.getTime() > refreshMarginMs(durationSeconds);
}
