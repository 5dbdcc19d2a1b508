import type { ChildProcess } from 'node:child_process';

/**
 * Resolves with everything the child wrote (stdout and stderr, as it arrived) once a line matches
 * `pattern`; rejects, quoting that output, when `ms` pass or the child exits first. Listen before
 * the child can write: call it right after spawn, or pass what was already seen as `seen`.
 */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp | string,
  ms: number,
  seen = '',
): Promise<string> {
  const matches = (line: string): boolean =>
    typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line);
  const complete = (text: string): boolean => text.split('\n').slice(0, -1).some(matches);
  return new Promise((resolve, reject) => {
    let output = seen;
    const streams = { stdout: '', stderr: '' };
    const finish = (error?: Error): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onStdout);
      child.stderr?.off('data', onStderr);
      child.off('close', onExit);
      if (error === undefined) resolve(output);
      else reject(error);
    };
    // Only complete lines of one stream count, so a pattern never matches half of a line.
    const onData = (stream: keyof typeof streams, chunk: Buffer | string): void => {
      output += chunk.toString();
      streams[stream] += chunk.toString();
      if (complete(streams[stream])) finish();
    };
    const onStdout = (chunk: Buffer | string): void => onData('stdout', chunk);
    const onStderr = (chunk: Buffer | string): void => onData('stderr', chunk);
    // 'close', not 'exit': the child's last words may still be in the pipe when it exits.
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      finish(
        new Error(
          `the child exited (${signal ?? String(code)}) before writing a line matching ${String(pattern)}; it wrote:\n${output}`,
        ),
      );
    const timer = setTimeout(
      () =>
        finish(
          new Error(
            `no line matching ${String(pattern)} within ${ms} ms; the child wrote:\n${output}`,
          ),
        ),
      ms,
    );
    child.stdout?.on('data', onStdout);
    child.stderr?.on('data', onStderr);
    child.on('close', onExit);
    if (complete(seen)) finish();
  });
}
