import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForLine } from './helpers/waitForLine.js';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

function node(script: string): ReturnType<typeof spawn> {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

describe('waitForLine', () => {
  it('resolves on the first complete matching line, from stderr as from stdout', async () => {
    const child = node(
      "process.stdout.write('one\\n'); setTimeout(() => process.stderr.write('ready on 127.0.0.1:8080\\n'), 50); setInterval(() => {}, 1000);",
    );
    const output = await waitForLine(child, /ready on \S+:\d+/, 5_000);
    expect(output).toContain('one\n');
    expect(output).toContain('ready on 127.0.0.1:8080\n');
  });

  it('does not match half a line written in two chunks before its newline', async () => {
    const child = node(
      "process.stderr.write('serving'); setTimeout(() => process.stderr.write(' until SIGTERM\\n'), 100); setInterval(() => {}, 1000);",
    );
    const output = await waitForLine(child, /^serving until SIGTERM$/, 5_000);
    expect(output).toBe('serving until SIGTERM\n');
  });

  it('fails quoting what the child wrote when it exits first', async () => {
    const child = node("process.stderr.write('cannot start: port in use\\n'); process.exit(3);");
    await expect(waitForLine(child, 'listening', 5_000)).rejects.toThrow(
      /the child exited \(3\) before writing a line matching listening; it wrote:\ncannot start: port in use/,
    );
  });

  it('fails after the given time when no line matches', async () => {
    const child = node("process.stdout.write('still starting\\n'); setInterval(() => {}, 1000);");
    await expect(waitForLine(child, /listening/, 300)).rejects.toThrow(
      /no line matching \/listening\/ within 300 ms; the child wrote:\nstill starting/,
    );
  });

  it('counts a line already seen before it was called', async () => {
    const child = node('setInterval(() => {}, 1000);');
    await expect(waitForLine(child, 'ready', 1_000, 'ready\n')).resolves.toBe('ready\n');
  });
});
