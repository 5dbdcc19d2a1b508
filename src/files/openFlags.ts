import { constants } from 'node:fs';

// @types/node declares every open flag as a number, but Windows has no O_NOFOLLOW or O_NONBLOCK:
// read them as possibly absent so the fallback is kept. Without O_NOFOLLOW the callers' lstat
// checks are what refuse a symlink.
const platformFlags: Partial<typeof constants> = constants;

export const NOFOLLOW = platformFlags.O_NOFOLLOW ?? 0;
export const NONBLOCK = platformFlags.O_NONBLOCK ?? 0;
