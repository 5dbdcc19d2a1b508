import { createHash } from 'node:crypto';
import { describeCause } from '../core/errors.js';
import {
  loadMaterial,
  type CredentialMaterial,
  type MaterialSources,
} from '../core/material/index.js';
import { MAX_MATERIAL_BYTES } from '../core/material/sizeLimit.js';
import { rfc3339 } from '../core/rfc3339.js';
import type { SettingNames } from '../core/settings.js';
import { readMaterialFile } from './materialFile.js';

/** The material sources that are files, by path: only these can change under a running process. */
export interface MaterialFilePaths {
  readonly certificate?: string | undefined;
  readonly privateKey?: string | undefined;
  readonly intermediates?: string | undefined;
}

type Part = keyof MaterialFilePaths;
const PARTS: readonly Part[] = ['certificate', 'privateKey', 'intermediates'];

export interface RotationDeps {
  readonly now: () => Date;
  /** One line per event; never given a secret. */
  readonly log: (line: string) => void;
  readonly names: SettingNames;
}

export interface RotatedMaterial {
  readonly sources: MaterialSources;
  readonly material: CredentialMaterial;
}

/** A regular file's bytes, without following a FIFO or a device into a hang. */
function readRegularFile(path: string): Buffer {
  const read = readMaterialFile(path, { regularOnly: true });
  if (read.kind === 'unreadable') throw read.cause;
  if (read.kind === 'not-a-file') throw new Error(`${path} is not a regular file`);
  if (read.overLimit) throw new Error(`${path} is larger than ${MAX_MATERIAL_BYTES} bytes`);
  return read.bytes;
}

function digestOf(contents: Partial<Record<Part, string | Uint8Array>>): string {
  const hash = createHash('sha256');
  for (const part of PARTS) {
    const content = contents[part];
    hash.update(`${part}:${content === undefined ? -1 : Buffer.byteLength(content)}:`);
    if (content !== undefined) hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * Certificate rotation without a restart: before each refresh, the files the material came from
 * are read again; when their bytes changed and the new pair passes the same checks as at start
 * (key matches certificate, valid now, usable as a client certificate), it signs from then on.
 * A replacement that fails is logged once and the old pair keeps signing. Polling at refresh
 * time, not a file watcher: a refresh is the only moment the material is used, and it sees an
 * atomic rename (how certificate tools write) as surely as an in-place write.
 */
export class MaterialRotation {
  private readonly paths: MaterialFilePaths;
  private readonly deps: RotationDeps;
  private current: RotatedMaterial;
  private currentDigest: string;
  private refusedDigest: string | undefined;

  constructor(paths: MaterialFilePaths, current: RotatedMaterial, deps: RotationDeps) {
    this.paths = paths;
    this.deps = deps;
    this.current = current;
    this.currentDigest = digestOf(this.fileContents(current.sources));
  }

  /** Whether any source is a file, that is whether rotation can happen at all. */
  get watching(): boolean {
    return PARTS.some((part) => this.paths[part] !== undefined);
  }

  /** The replacement when the files changed and pass the checks; undefined otherwise. Never throws. */
  async check(): Promise<RotatedMaterial | undefined> {
    if (!this.watching) return undefined;
    let contents: Partial<Record<Part, Buffer>>;
    try {
      contents = Object.fromEntries(
        PARTS.flatMap((part) => {
          const path = this.paths[part];
          return path === undefined ? [] : [[part, readRegularFile(path)]];
        }),
      );
    } catch (error) {
      // A file missing for a moment is what a non-atomic rotation looks like: try again next time.
      this.refuse(`read-${describeCause(error)}`, `cannot be read (${describeCause(error)})`);
      return undefined;
    }
    const digest = digestOf(contents);
    if (digest === this.currentDigest) {
      this.refusedDigest = undefined;
      return undefined;
    }
    if (digest === this.refusedDigest) return undefined;
    const sources: MaterialSources = { ...this.current.sources, ...contents };
    try {
      const material = await loadMaterial(sources, {
        now: this.deps.now(),
        names: this.deps.names,
      });
      const old = this.current.material;
      this.current = { sources, material };
      this.currentDigest = digest;
      this.refusedDigest = undefined;
      this.deps.log(
        `The certificate files changed: signing with certificate serial ${material.serialDecimal} (${material.subject}, valid until ${rfc3339(material.notAfter)}) from this refresh on, in place of serial ${old.serialDecimal}.`,
      );
      return this.current;
    } catch (error) {
      this.refuse(digest, `fail the checks: ${describeCause(error)}`);
      return undefined;
    }
  }

  private refuse(digest: string, why: string): void {
    if (digest === this.refusedDigest) return;
    this.refusedDigest = digest;
    const old = this.current.material;
    this.deps.log(
      `The changed certificate files ${why.replace(/\.$/, '')}; still signing with certificate serial ${old.serialDecimal}, valid until ${rfc3339(old.notAfter)}. Replace the certificate and key together, as a pair that belongs together.`,
    );
  }

  private fileContents(sources: MaterialSources): Partial<Record<Part, string | Uint8Array>> {
    return Object.fromEntries(
      PARTS.flatMap((part) => {
        const content = sources[part];
        return this.paths[part] === undefined || content === undefined ? [] : [[part, content]];
      }),
    );
  }
}
