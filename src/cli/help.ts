import { PRODUCT } from '../version.js';
import type { CommandDefinition, OptionSpecs } from './commandDefinition.js';

const WIDTH = 100;

function wrap(text: string, indent: number): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

export function renderCommandHelp<O extends OptionSpecs>(command: CommandDefinition<O>): string {
  const flags = Object.entries(command.options).map(([name, spec]) => ({
    left: spec.type === 'string' ? `--${name} ${spec.value}` : `--${name}`,
    description: spec.description,
  }));
  flags.push({ left: '-h, --help', description: 'Show this help.' });
  const pad = Math.min(40, Math.max(...flags.map((f) => f.left.length)) + 2);
  const flagLines = flags.map((f) => {
    const left = f.left.length + 2 > pad ? `${f.left}\n${' '.repeat(pad + 2)}` : f.left.padEnd(pad);
    return `  ${left}${wrap(f.description, pad + 2)}`;
  });
  return [
    `Usage: ${PRODUCT} ${command.name} [flags]`,
    '',
    wrap(command.summary, 0),
    ...command.description.flatMap((p) => ['', wrap(p, 0)]),
    '',
    'Flags:',
    ...flagLines,
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

export function renderGlobalHelp(commands: readonly { name: string; summary: string }[]): string {
  const pad = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `Usage: ${PRODUCT} <command> [flags]`,
    '',
    'Short-lived AWS credentials from an X.509 certificate through IAM Roles Anywhere.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(pad)}${wrap(c.summary, pad + 2)}`),
    '',
    `Run \`${PRODUCT} <command> --help\` for a command's flags and examples.`,
    'File flags take a path, env:NAME (read from that environment variable) or - (stdin).',
    '',
  ].join('\n');
}
