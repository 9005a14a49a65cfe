/** Share 3 of 4 of the ReDoS check (tests/properties/redos-check.ts says what and why). */
import { describe } from 'vitest';
import { defineRedosTests } from './redos-check.js';

describe('recheck: share 3 of 4', () => defineRedosTests(2, 4));
