/**
 * Runs in every test file (vitest `setupFiles`): a test fails when any answer it received broke the
 * published contract (support/contract.ts), even an answer it did not look at.
 */
import { afterEach, expect } from 'vitest';
import { takeViolations } from './contract.js';

afterEach(() => {
  const seen = takeViolations();
  expect(
    seen.map((v) => v.message),
    'answers that break the published contract',
  ).toEqual([]);
});
