/** The word lists of vocabulary/, built once into token tables (see tokens.ts). */
import { foldedSet, foldTones } from '../../readers/text/fold.js';
import {
  ABBREVIATIONS,
  BODIES_WITH_PUNCTUATION,
  BODY_STARTS,
  COMPOUND_SECOND_SYLLABLES,
  JOINERS,
  LOWERCASE_BODY_WORDS,
  NOT_AFTER_JOINER,
  PLACE_KINDS,
  SENTENCE_WORDS,
  TITLE_STOPS,
} from './vocabulary/bodies.js';
import { FAMILY_NAMES } from './vocabulary/family-names.js';
import { COUNTRIES, PROVINCES } from './vocabulary/places.js';
import { ACADEMIC_PREFIXES, HEADS_NAMING_ANOTHER, HONORIFICS, RANKS, TITLE_HEADS } from './vocabulary/titles.js';
import { phraseTable } from './tokens.js';

export const FAMILY = foldedSet(FAMILY_NAMES);
export const HEADS = phraseTable([...TITLE_HEADS, ...RANKS]);
export const RANK = phraseTable(RANKS);
export const NAMING_ANOTHER = phraseTable(HEADS_NAMING_ANOTHER);
export const HONORIFIC = phraseTable(HONORIFICS);
export const ACADEMIC = phraseTable(ACADEMIC_PREFIXES);
export const PLACES = phraseTable(PROVINCES);
export const COUNTRY = phraseTable(COUNTRIES);
export const BODY_WORDS = phraseTable(LOWERCASE_BODY_WORDS);
export const COMPOUND_SECOND = foldedSet(COMPOUND_SECOND_SYLLABLES);
export const JOINER = foldedSet(JOINERS);
export const PUNCTUATED_BODIES = phraseTable(BODIES_WITH_PUNCTUATION);
export const BODY_START = phraseTable(BODY_STARTS);
export const SECOND_BODY = phraseTable([...BODY_STARTS, ...NOT_AFTER_JOINER]);
export const STOPS = phraseTable(TITLE_STOPS);
export const SENTENCE = phraseTable(SENTENCE_WORDS);
export const PLACE_KIND = phraseTable(PLACE_KINDS);

/** Folded short form → folded full form, for comparing titles. */
export const FULL_FORM: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.map(([short, full]) => [short.toLowerCase(), foldTones(full.normalize('NFC').toLowerCase())]),
);
