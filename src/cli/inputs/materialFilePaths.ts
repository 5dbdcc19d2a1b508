import { resolve } from 'node:path';
import type { MaterialFilePaths } from '../../files/materialRotation.js';
import type { MaterialInputs } from './sessionInputs.js';

/**
 * The material flags that named files, as absolute paths: what a long-running command reads again
 * to pick up a rotated certificate. env: and stdin cannot change under a running process.
 */
export function materialFilePaths(material: MaterialInputs): MaterialFilePaths {
  const path = (source: MaterialInputs['certificate'] | undefined): string | undefined =>
    source?.origin === 'file' ? resolve(source.where) : undefined;
  return {
    certificate: path(material.certificate),
    privateKey: path(material.privateKey),
    intermediates: path(material.intermediates),
  };
}
