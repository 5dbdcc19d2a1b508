import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface ActionMetadata {
  readonly inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  readonly outputs: Record<string, { description: string }>;
  readonly runs: { using: string; main: string; post: string; 'post-if': string };
}

const action = load(readFileSync('action.yml', 'utf8')) as ActionMetadata;
const readme = readFileSync('README.md', 'utf8');

describe('action.yml', () => {
  it('runs the committed bundles on node24, with a post step', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()',
    });
    for (const path of [action.runs.main, action.runs.post])
      expect(() => readFileSync(path)).not.toThrow();
  });

  it.each(Object.keys(action.inputs))(
    'documents input %s in the README inputs table with its default',
    (name) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row).toBeDefined();
      const input = action.inputs[name];
      if (input?.required) expect(row).toContain('required');
      else if (input?.default !== undefined) expect(row).toContain(`\`${input.default}\``);
    },
  );

  it.each(Object.keys(action.outputs))(
    'documents output %s in the README outputs table',
    (name) => {
      expect(readme.split('\n').some((line) => line.startsWith(`| \`${name}\``))).toBe(true);
    },
  );

  it('reads every input it declares, and declares every input it reads', () => {
    const source = readFileSync('src/github/inputs.ts', 'utf8');
    const read = new Set<string>();
    for (const m of source.matchAll(
      /(?:get|booleanInput|materialInput)\(\s*(?:source,\s*)?'([a-z-]+)'/g,
    )) {
      if (m[1] !== undefined) read.add(m[1]);
    }
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});
