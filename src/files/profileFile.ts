import { existsSync, unlinkSync } from 'node:fs';
import { removeProfile, upsertProfile, type ProfileCredentials } from './credentialsProfile.js';
import {
  readSharedCredentials,
  sharedCredentialsPath,
  writeSharedCredentials,
} from './sharedCredentials.js';

/** What was written, so that it can be undone: the file, the profile, and whether the file is new. */
export interface WrittenProfile {
  readonly path: string;
  readonly profile: string;
  readonly created: boolean;
}

/** Writes `profile` into the shared credentials file the SDKs will read (0600, atomic, no symlink). */
export function writeProfile(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
  profile: string,
  credentials: ProfileCredentials,
): WrittenProfile {
  const path = sharedCredentialsPath(env, home);
  const created = !existsSync(path);
  writeSharedCredentials(path, upsertProfile(readSharedCredentials(path), profile, credentials));
  return { path, profile, created };
}

/** Undoes writeProfile: removes a file it created, else only the profile's section. */
export function undoProfile(written: WrittenProfile): void {
  if (written.created) {
    if (existsSync(written.path)) unlinkSync(written.path);
    return;
  }
  const current = readSharedCredentials(written.path);
  if (current !== '') writeSharedCredentials(written.path, removeProfile(current, written.profile));
}
