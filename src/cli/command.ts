import { parseCommandArgs } from './args.js';
import { renderCommandHelp } from './help.js';
import type { CliIo } from './io.js';

export interface StringOption {
  readonly type: 'string';
  /** Placeholder in help, e.g. `<file|env:NAME|->`. */
  readonly value: string;
  readonly description: string;
}

export interface BooleanOption {
  readonly type: 'boolean';
  readonly description: string;
}

export type OptionSpec = StringOption | BooleanOption;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What parsing gives a command: strings (absent when not given) and booleans. */
export type ParsedOptions<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K] extends StringOption ? string | undefined : boolean;
};

export interface CommandDefinition<O extends OptionSpecs> {
  readonly name: string;
  readonly summary: string;
  /** Paragraphs after the usage line. */
  readonly description: readonly string[];
  readonly options: O;
  readonly examples: readonly string[];
  /** Resolves to the exit code. Throws RolesAnywhereError for the one-line failure. */
  readonly run: (options: ParsedOptions<O>, io: CliIo) => Promise<number>;
}

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
