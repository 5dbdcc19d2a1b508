import { describe, expect, it } from 'vitest';
import {
  collapseControlCharacters,
  escapeControlCharacters,
  hasControlCharacters,
} from '../src/core/controlCharacters.js';

/** C0, DEL and C1, and U+2028/U+2029: the characters that can break a line or drive a terminal. */
const isControl = (c: number): boolean =>
  c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;

describe('the control characters every printer escapes', () => {
  it('are exactly C0, DEL, C1 and the two Unicode separators, across every code point', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (hasControlCharacters(String.fromCodePoint(c)) !== isControl(c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('are shown as \\uXXXX, tabs kept only when asked', () => {
    expect(escapeControlCharacters('a\tb\nc\u2028::warning::')).toBe(
      'a\\u0009b\\u000ac\\u2028::warning::',
    );
    expect(escapeControlCharacters('a\tb\r\n', { keepTabs: true })).toBe('a\tb\\u000d\\u000a');
  });

  it('collapse run by run into single spaces for a one-line message', () => {
    expect(collapseControlCharacters('line one\r\n\u0085line two\u0000')).toBe(
      'line one line two ',
    );
  });
});
