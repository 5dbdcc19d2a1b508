import { parseCommandArgs } from './args.js';
import { renderCommandHelp } from './help.js';
import type { CliIo } from './io.js';
import type { CommandDefinition, OptionSpecs } from './commandDefinition.js';

export type {
  BooleanOption,
  CommandDefinition,
  OptionSpec,
  OptionSpecs,
  ParsedOptions,
  StringOption,
} from './commandDefinition.js';

/** A command with its option types erased, as the registry holds it. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly help: () => string;
  readonly execute: (argv: readonly string[], io: CliIo) => Promise<number>;
}

export function defineCommand<O extends OptionSpecs>(definition: CommandDefinition<O>): CliCommand {
  return {
    name: definition.name,
    summary: definition.summary,
    help: () => renderCommandHelp(definition),
    execute: async (argv, io) => {
      const parsed = parseCommandArgs(definition.name, definition.options, argv);
      if (parsed === 'help') {
        io.stdout(renderCommandHelp(definition));
        return 0;
      }
      return definition.run(parsed, io);
    },
  };
}
