import { existsSync } from 'node:fs';
import { removeProfile, upsertProfile, type ProfileCredentials } from './credentialsProfile.js';
import { editSharedCredentials, sharedCredentialsPath } from './sharedCredentials.js';

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
  editSharedCredentials(path, (content) => upsertProfile(content, profile, credentials, path));
  return { path, profile, created };
}

/**
 * Undoes writeProfile: removes the profile's section, and the file when it created it and nothing
 * else was written there since (another writer's profiles are never taken with it).
 */
export function undoProfile(written: WrittenProfile): void {
  if (!existsSync(written.path)) return;
  editSharedCredentials(
    written.path,
    (content) => removeProfile(content, written.profile, written.path),
    { removeWhenBlank: written.created },
  );
}
