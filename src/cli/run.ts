import { RolesAnywhereError } from '../core/errors.js';
import { PRODUCT, VERSION } from '../version.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { renderGlobalHelp } from './help.js';
import type { CliIo } from './io.js';

/** Picks the command from argv[0] and hands it the rest; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const known = COMMANDS.map((c) => c.name).join(', ');
  if (name === undefined) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `missing command: expected one of ${known}; run \`${PRODUCT} --help\`.`,
    );
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined) return runCli([topic, '--help'], io);
    io.stdout(renderGlobalHelp(COMMANDS));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const registered = findCommand(name);
  if (registered === undefined) {
    throw new RolesAnywhereError(
      'ERR_USAGE',
      `unknown command "${name}": expected one of ${known}; run \`${PRODUCT} --help\`.`,
    );
  }
  const command = await registered.load();
  return command.execute(rest, io);
}
