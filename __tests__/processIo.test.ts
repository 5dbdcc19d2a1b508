import { describe, expect, it } from 'vitest';
import { createProcessIo } from '../src/cli/processIo.js';

describe('the CLI process io', () => {
  it('sleeps past 2^31-1 ms instead of waking after 1 ms, as a bare setTimeout would', async () => {
    const io = createProcessIo();
    const woke = await Promise.race([
      io.sleep(2 ** 31 + 60_000).then(() => 'woke'),
      new Promise((resolve) => setTimeout(() => resolve('still asleep'), 200)),
    ]);
    expect(woke).toBe('still asleep');
  });

  it('waits out a sleepUntilStopped past 2^31-1 ms until a signal stops it', async () => {
    const io = createProcessIo();
    const sleeping = io.sleepUntilStopped(2 ** 32);
    const early = await Promise.race([
      sleeping,
      new Promise((resolve) => setTimeout(() => resolve('still asleep'), 200)),
    ]);
    expect(early).toBe('still asleep');
    process.emit('SIGTERM', 'SIGTERM');
    await expect(sleeping).resolves.toBe('stopped');
  });
});
