import type { CliIo } from './io.js';

// The shapes a command declares, apart from defineCommand, so that the argument parser and the
// help renderer can read them without importing the module that imports them.

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
