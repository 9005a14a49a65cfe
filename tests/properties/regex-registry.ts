/**
 * The regular expressions src/ builds at run time, by the site that builds them (file and
 * the pattern argument's text, as regex-sites.ts finds them), with every pattern each one
 * can build. A `new RegExp(computed)` not listed here fails tests/properties/regex-coverage.test.ts;
 * one listed here but gone from src/ fails it too.
 */
import {
  ANY_KIND_PATTERN, CITATION_PATTERN, DATE_TAIL_PATTERN, ISSUER_BEFORE_PATTERN, ISSUER_TAIL_PATTERN, JOINT_ISSUER_PATTERN, LAW_NAME_PATTERN, NEXT_BARE_PATTERN, NEXT_NUMBER_PATTERN,
} from '../../src/enrichers/references-patterns.js';
import { ANY_KIND, WORD_BEFORE, WORD_CHAR } from '../../src/enrichers/references.js';
import { ANY_REPLACEMENT, REPLACEMENTS } from '../../src/text/normalize.js';
import { SCRIPT_UNSAFE } from '../../src/writers/html/json-ld.js';
import type { Pattern } from './regex-sites.js';

const of = (where: string, regex: RegExp): Pattern => ({ where, source: regex.source, flags: regex.flags });

export const DYNAMIC: Readonly<Record<string, () => Pattern[]>> = {
  'src/enrichers/references.ts#ANY_KIND_PATTERN': () => [{ where: 'ANY_KIND_PATTERN', source: ANY_KIND_PATTERN, flags: ANY_KIND.flags }],
  'src/enrichers/references.ts#CITATION_PATTERN': () => [{ where: 'CITATION_PATTERN', source: CITATION_PATTERN, flags: 'gu' }],
  'src/enrichers/references.ts#LAW_NAME_PATTERN': () => [{ where: 'LAW_NAME_PATTERN', source: LAW_NAME_PATTERN, flags: 'gu' }],
  'src/enrichers/references.ts#DATE_TAIL_PATTERN': () => [{ where: 'DATE_TAIL_PATTERN', source: DATE_TAIL_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#ISSUER_TAIL_PATTERN': () => [{ where: 'ISSUER_TAIL_PATTERN', source: ISSUER_TAIL_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#ISSUER_BEFORE_PATTERN': () => [{ where: 'ISSUER_BEFORE_PATTERN', source: ISSUER_BEFORE_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#NEXT_NUMBER_PATTERN': () => [{ where: 'NEXT_NUMBER_PATTERN', source: NEXT_NUMBER_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#NEXT_BARE_PATTERN': () => [{ where: 'NEXT_BARE_PATTERN', source: NEXT_BARE_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#JOINT_ISSUER_PATTERN': () => [{ where: 'JOINT_ISSUER_PATTERN', source: JOINT_ISSUER_PATTERN, flags: 'uy' }],
  'src/enrichers/references.ts#`[${LETTERS}\\\\d]`': () => [of('references.ts WORD_CHAR', WORD_CHAR)],
  'src/enrichers/references.ts#`(?:^|[^${LETTERS}])([${LETTERS}]+) $`': () => [of('references.ts WORD_BEFORE', WORD_BEFORE)],
  "src/text/normalize.ts#`\\\\r|${REPLACEMENTS.slice(2).map((r) => r.source).join('|')}`": () => [of('normalize.ts ANY_REPLACEMENT', ANY_REPLACEMENT)],
  'src/text/normalize.ts#source': () => REPLACEMENTS.map(({ name, source }) => ({ where: `normalize.ts REPLACEMENTS ${name}`, source, flags: 'g' })),
  "src/writers/html/json-ld.ts#`[${Object.keys(SCRIPT_ESCAPES).join('')}]`": () => [of('json-ld.ts SCRIPT_UNSAFE', SCRIPT_UNSAFE)],
};
