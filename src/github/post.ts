import { readFileSync, unlinkSync } from 'node:fs';
import { describeCause } from '../core/errors.js';
import { realSleep } from '../http/index.js';
import { undoProfile } from '../files/profileFile.js';
import { runPost } from './run.js';
import { toolkitWorkflow } from './toolkit.js';

function takeLog(path: string): string | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    unlinkSync(path);
    return text;
  } catch {
    return undefined;
  }
}

try {
  await runPost(toolkitWorkflow(), {
    stopServer: async (pid) =>
      (await import('../serve/stopServerProcess.js')).stopServerProcess(pid, {
        timeoutMs: 10_000,
        sleep: realSleep,
      }),
    takeLog,
    undoProfile,
  });
} catch (error) {
  // Cleanup must not fail the job; say what was left behind instead.
  toolkitWorkflow().warning(`Post step could not clean up: ${describeCause(error)}`);
}
