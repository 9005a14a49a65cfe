/** The word lists of vocabulary/, built once into token tables (see tokens.ts). */
import { foldedSet, foldTones } from '../../readers/text/fold.js';
import {
  ABBREVIATIONS,
  BODIES_WITH_PUNCTUATION,
  BODY_STARTS,
  CAMPAIGNS,
  CAMPAIGN_TARGETS,
  COMPOUND_SECOND_SYLLABLES,
  DOCUMENT_KINDS,
  JOINERS,
  LOWERCASE_BODY_WORDS,
  LOWERCASE_NAME_KINDS,
  NOT_AFTER_JOINER,
  NAMESAKE_KINDS,
  NUMBERED_BODIES,
  PLACE_KINDS,
  RANK_FORCES,
  SENTENCE_WORDS,
  TITLE_STOPS,
} from './vocabulary/bodies.js';
import { COMMON_FAMILY_NAMES, FAMILY_NAME_WORDS, FAMILY_NAMES } from './vocabulary/family-names.js';
import { COUNTRIES, FOREIGN_PROVINCES, PLACE_NAMESAKES, PROVINCES, STATE_FORMS } from './vocabulary/places.js';
import { ACADEMIC_PREFIXES, FORMER, HEADS_BEFORE_NAMES, HEADS_NAMING_ANOTHER, HONORIFICS, MEMBERSHIP_HEADS, MENTION_ADDRESSES, NOT_AFTER_HEAD, NOT_ONE_HOLDER_AFTER, NOT_ONE_HOLDER_BEFORE, ONE_NAME_HEADS, RANKS, TITLE_HEADS } from './vocabulary/titles.js';
import { phraseTables } from './phrases.js';
import { CUES } from './vocabulary/cues.js';

export const FAMILY = foldedSet(FAMILY_NAMES);
export const COMMON_FAMILY = foldedSet(COMMON_FAMILY_NAMES);
/** "đầu tư": a family name and the syllable after it that make a common word (keys folded, "family next"). */
export const FAMILY_WORD_HEADS = foldedSet(Object.keys(FAMILY_NAME_WORDS));
export const FAMILY_WORDS = foldedSet(Object.entries(FAMILY_NAME_WORDS).flatMap(([family, nexts]) => nexts.map((next) => `${family} ${next}`)));
export const COMPOUND_SECOND = foldedSet(COMPOUND_SECOND_SYLLABLES);
export const JOINER = foldedSet(JOINERS);
export const NOT_AFTER_TITLE_HEAD = foldedSet(NOT_AFTER_HEAD);
export const NOT_ONE_HOLDER = foldedSet(NOT_ONE_HOLDER_BEFORE);
export const ORDINAL_AFTER = foldedSet(NOT_ONE_HOLDER_AFTER);
export const ONE_NAME = foldedSet(ONE_NAME_HEADS);

const LISTS = phraseTables({
  HEADS: [...TITLE_HEADS, ...RANKS],
  RANK: RANKS,
  NAMING_ANOTHER: HEADS_NAMING_ANOTHER,
  LEADERS: HEADS_BEFORE_NAMES,
  MEMBER: MEMBERSHIP_HEADS,
  HONORIFIC: HONORIFICS,
  MENTION_ADDRESS: MENTION_ADDRESSES,
  ACADEMIC: ACADEMIC_PREFIXES,
  PLACES: PROVINCES,
  PLACE_NAMESAKE: PLACE_NAMESAKES,
  COUNTRY: [...COUNTRIES, ...FOREIGN_PROVINCES],
  BODY_WORDS: LOWERCASE_BODY_WORDS,
  PUNCTUATED_BODIES: BODIES_WITH_PUNCTUATION,
  BODY_START: BODY_STARTS,
  FORCE: RANK_FORCES,
  SECOND_BODY: [...BODY_STARTS, ...NOT_AFTER_JOINER],
  STOPS: TITLE_STOPS,
  SENTENCE: SENTENCE_WORDS,
  PLACE_KIND: PLACE_KINDS,
  NAME_KIND: LOWERCASE_NAME_KINDS,
  NAMESAKE: NAMESAKE_KINDS,
  NUMBERED: NUMBERED_BODIES,
  CUE: Object.keys(CUES),
  FAMILY_START: FAMILY_NAMES,
  FORMER_START: FORMER,
  CAMPAIGN: CAMPAIGNS,
  CAMPAIGN_TARGET: CAMPAIGN_TARGETS,
  STATE_FORM: STATE_FORMS,
  DOCUMENT: DOCUMENT_KINDS,
});

export const {
  HEADS,
  RANK,
  NAMING_ANOTHER,
  LEADERS,
  MEMBER,
  HONORIFIC,
  MENTION_ADDRESS,
  ACADEMIC,
  PLACES,
  PLACE_NAMESAKE,
  COUNTRY,
  BODY_WORDS,
  PUNCTUATED_BODIES,
  BODY_START,
  FORCE,
  SECOND_BODY,
  STOPS,
  SENTENCE,
  PLACE_KIND,
  NAME_KIND,
  NAMESAKE,
  NUMBERED,
  CUE,
  CAMPAIGN,
  CAMPAIGN_TARGET,
  STATE_FORM,
  DOCUMENT,
} = LISTS.tables;

/** The bits (phrases.ts) of the lists that have an entry starting with this token. */
export const startsOf = LISTS.starts;

/** The lists whose entries start a unit of units.ts: a prefix, a title, a cue, "nguyên", and for a capitalised word a family name. */
export const { FAMILY_START } = LISTS.tables;
/** The words that mark a former post ("nguyên", "cựu"). */
export const { FORMER_START } = LISTS.tables;
export const UNIT_STARTS = {
  lower: HONORIFIC.bit | ACADEMIC.bit | HEADS.bit | CUE.bit | FORMER_START.bit,
  cap: HONORIFIC.bit | ACADEMIC.bit | HEADS.bit | CUE.bit | FORMER_START.bit | FAMILY_START.bit,
};

/** Folded short form → folded full form, for comparing titles. */
export const FULL_FORM: ReadonlyMap<string, string> = new Map(
  ABBREVIATIONS.map(([short, full]) => [short.toLowerCase(), foldTones(full.normalize('NFC').toLowerCase())]),
);
