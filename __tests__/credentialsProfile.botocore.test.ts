/**
 * The credentials-file editor against botocore itself, on generated files: it refuses exactly the
 * files botocore's parser refuses, and every file it edits reads back in botocore with the
 * profile's three keys set and every other section unchanged. One Python process judges a whole
 * batch (botocore.configloader.raw_config_parse, what the SDK's credential provider calls).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { upsertProfile } from '../src/files/credentialsProfile.js';
import { printFigures } from './helpers/reliability.js';

const JUDGE = `
import json, sys, botocore.configloader as c, botocore.exceptions as e
out = []
for path in json.load(sys.stdin):
    try:
        out.append({"ok": True, "sections": c.raw_config_parse(path)})
    except e.ConfigParseError:
        out.append({"ok": False})
print(json.dumps(out))
`;

type Verdict =
  | { readonly ok: true; readonly sections: Record<string, Record<string, unknown>> }
  | { readonly ok: false };

const dir = mkdtempSync(join(tmpdir(), 'rac-ini-'));
let judged = 0;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  printFigures([`${judged} generated credentials files judged by botocore and the editor alike`]);
});

function judge(contents: readonly string[]): Verdict[] {
  const paths = contents.map((content, index) => {
    const path = join(dir, `f${index}`);
    writeFileSync(path, content);
    return path;
  });
  judged += contents.length;
  return JSON.parse(
    execFileSync('python3', ['-c', JUDGE], { input: JSON.stringify(paths), encoding: 'utf8' }),
  ) as Verdict[];
}

/** Lines that exercise every rule: headers with trailing text, both delimiters, case, indents. */
const line = fc.oneof(
  fc.constantFrom('[ra]', '[ra] ; note', '[default]', '[other] # x', ' [ra]', '[DEFAULT]'),
  fc.constantFrom(
    'aws_access_key_id = AKIAOLD',
    'AWS_ACCESS_KEY_ID=AKIAOLD',
    'aws_secret_access_key: old',
    'Aws_Session_Token = old',
    'region = eu-west-1',
    'output: json',
  ),
  fc.constantFrom('  aws_session_token = indented', '    continued', '\tcontinued'),
  fc.constantFrom('', '   ', '# comment', '  ; comment', 'no delimiter here', '= no key'),
);

const file = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, finalEol]) => lines.join(eol) + (finalEol && lines.length > 0 ? eol : ''));

const NEW = {
  accessKeyId: 'ASIANEWNEWNEWNEWNEW0',
  secretAccessKey: 'new/secret+=',
  sessionToken: 'new-token',
};

describe('the credentials-file editor and botocore', () => {
  it('refuse the same files, and every edit reads back with the new keys and the rest unchanged', () => {
    const samples = fc.sample(file, { numRuns: 600, seed: 12 });
    const before = judge(samples);
    const edited: string[] = [];
    samples.forEach((content, index) => {
      let result: string | undefined;
      try {
        result = upsertProfile(content, 'ra', NEW, 'credentials');
      } catch {
        result = undefined;
      }
      expect({ content, refused: result === undefined }).toEqual({
        content,
        refused: !before[index]?.ok,
      });
      edited.push(result ?? '');
    });
    const after = judge(edited);
    samples.forEach((content, index) => {
      const was = before[index];
      const now = after[index];
      if (!was?.ok) return;
      expect({ content, edited: edited[index], ok: now?.ok }).toMatchObject({ ok: true });
      if (!now?.ok) return;
      expect(now.sections['ra']).toMatchObject({
        aws_access_key_id: NEW.accessKeyId,
        aws_secret_access_key: NEW.secretAccessKey,
        aws_session_token: NEW.sessionToken,
      });
      for (const [name, values] of Object.entries(was.sections)) {
        if (name === 'ra') {
          for (const [key, value] of Object.entries(values))
            if (!key.startsWith('aws_')) expect(now.sections['ra']?.[key]).toEqual(value);
        } else
          expect({ content, name, values: now.sections[name] }).toEqual({ content, name, values });
      }
    });
  });
});
