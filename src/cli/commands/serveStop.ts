import { RolesAnywhereError } from '../../core/errors.js';
import { readPrivateFile, removeFileQuietly } from '../../files/privateFiles.js';
import { stopServerProcess } from '../../serve/stopServerProcess.js';
import { PRODUCT } from '../../version.js';
import { defineCommand } from '../command.js';

/** `serve stop`: stops a server started with `serve --detach --pid-file`. */
export const serveStopCommand = defineCommand({
  name: 'serve stop',
  summary: 'Stop a credential server started with `serve --detach --pid-file`.',
  description: [
    'Sends SIGTERM to the process in the pid file, waits for it to stop (SIGKILL after --timeout seconds) and removes the pid file.',
  ],
  options: {
    'pid-file': {
      type: 'string',
      value: '<file>',
      description: 'The pid file given to `serve --detach`.',
    },
    timeout: {
      type: 'string',
      value: '<seconds>',
      description: 'How long to wait for a graceful stop (default 10).',
    },
  },
  examples: [`${PRODUCT} serve stop --pid-file /tmp/ra.pid`],
  run: async (options, io) => {
    const path = options['pid-file'];
    if (path === undefined)
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `serve stop: --pid-file is required; run \`${PRODUCT} serve stop --help\`.`,
        { input: '--pid-file' },
      );
    const seconds = options.timeout === undefined ? 10 : Number(options.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
      throw new RolesAnywhereError(
        'ERR_USAGE',
        `serve stop: --timeout must be a number of seconds from 1 to 600, got "${options.timeout ?? ''}".`,
        { input: '--timeout' },
      );
    }
    const read = readPrivateFile(path);
    if (read.kind === 'missing')
      throw new RolesAnywhereError(
        'ERR_FILE',
        `serve stop: there is no pid file at ${path}; was the server started with --pid-file ${path}?`,
        { input: '--pid-file' },
      );
    if (read.kind === 'unsafe')
      throw new RolesAnywhereError(
        'ERR_FILE_UNSAFE',
        `serve stop: ${path} ${read.why}; it is not a pid file this user wrote.`,
        { input: '--pid-file' },
      );
    const text = read.content.toString('utf8').trim();
    if (!/^\d{1,10}$/.test(text))
      throw new RolesAnywhereError('ERR_FILE', `serve stop: ${path} does not hold a process id.`, {
        input: '--pid-file',
      });
    const pid = Number(text);
    const outcome = await stopServerProcess(pid, { timeoutMs: seconds * 1000, sleep: io.sleep });
    removeFileQuietly(path);
    const said = {
      stopped: `Stopped the credential server (pid ${pid}).`,
      'not-running': `The credential server (pid ${pid}) was not running; removed the stale pid file.`,
      killed: `The credential server (pid ${pid}) did not stop within ${seconds} s and was killed.`,
    };
    io.stderr(`${PRODUCT}: ${said[outcome]}`);
    return 0;
  },
});
