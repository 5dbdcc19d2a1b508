import { describe, expect, it } from 'vitest';
import { isPortableProfileName, validateProfileName } from '../src/files/credentialsProfile.js';

describe('the portable profile-name rule of the Action and gitlab-setup', () => {
  it.each([
    ['default', true],
    ['ci-deploy_2.prod', true],
    ['ci@prod+1', true],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
    ['', false],
    ['ci deploy', false],
    ['bad]name', false],
    ['a;b', false],
    ['$(id)', false],
    ['line\nbreak', false],
  ])('reads %j as portable: %s', (name, expected) => {
    expect(isPortableProfileName(name)).toBe(expected);
  });

  it('is stricter than what update --profile may edit in an existing credentials file', () => {
    expect(validateProfileName('ci deploy')).toBe('ci deploy');
    expect(isPortableProfileName('ci deploy')).toBe(false);
  });
});
