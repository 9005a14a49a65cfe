/**
 * The article model: plain data, no behaviour. This is the public JSON contract
 * (schema version 1). Field names are fixed; fields may be added, never renamed.
 * The JSON Schema beside this file (article.schema.json) describes the same shape.
 */

import type { CreditLabel } from './credit-labels.js';

export const SCHEMA_VERSION = 1 as const;

export interface Byline {
  /** The byline line(s) as printed, joined by "\n". */
  text: string;
  /** Author names (people, desks or agencies) as printed. */
  authors: string[];
}

export interface ArticleImage {
  /** File name or URL as printed, or null when the text has only a caption. */
  src: string | null;
  /** Caption without its credit clause, or null. */
  caption: string | null;
  /** Photographer or source from "Ảnh: X", "(Ảnh: X)", "(Nguồn: X)", or null. */
  credit: string | null;
  /**
   * The word the credit was printed after, in its canonical spelling (model/credit-labels.ts):
   * "Ảnh", "Nguồn", "Tranh", "Đồ họa" …; null when there is no credit, or when the credit names
   * itself ("Ảnh chụp màn hình"). Writers print the credit after it. Added within schema
   * version 1: an older article JSON without it reads as "Ảnh" when it has a credit.
   */
  creditLabel: CreditLabel | null;
  /** Index in `paragraphs` that the image follows; -1 before the first paragraph. */
  afterParagraph: number;
}

export interface Mention {
  in: 'title' | 'lead' | 'paragraph' | 'caption';
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface Official {
  name: string;
  titles: string[];
  mentions: Mention[];
}

export interface Reference {
  /** Canonical kind: "Nghị quyết", "Quyết định", "Luật" … (see src/enrichers/references-vocabulary.ts). */
  kind: string;
  /** Document number as printed ("57-NQ/TW", "35/2024/NĐ-CP", "68"), or null (a law cited by name). */
  number: string | null;
  /** Date of issue, ISO "2024-12-22", when printed with the citation; otherwise null. */
  date: string | null;
  /** Issuing body as printed ("Bộ Chính trị", "UBND thành phố"), or null. */
  issuer: string | null;
  /** The name a document is cited by ("Luật Đất đai 2024", "Luật Chứng khoán"), or null. Added within schema version 1. */
  title: string | null;
}

export interface Warning {
  /** 1-based line number in the normalized input, or null when not tied to a line. */
  line: number | null;
  /** Stable machine-readable rule id, e.g. "byline/missing". */
  rule: string;
  message: string;
}

export interface Source {
  /** Path of the file read, or null for stdin / in-memory text. */
  path: string | null;
  /** sha256 (hex) of the input bytes (of the UTF-8 encoding when given a string). */
  sha256: string;
  /** Encoding detected: "utf-8", "utf-16le", "utf-16be". */
  encoding: string;
  /** Normalizations applied, e.g. ["bom", "crlf", "nfc", "nbsp", "zero-width"]. */
  normalizations: string[];
}

export interface Article {
  schemaVersion: typeof SCHEMA_VERSION;
  section: string | null;
  title: string | null;
  byline: Byline | null;
  /** ISO 8601: "2025-03-11T20:25:00+07:00", or "2025-03-11" when only a date is printed. */
  published: string | null;
  lead: string | null;
  paragraphs: string[];
  images: ArticleImage[];
  officials: Official[];
  references: Reference[];
  warnings: Warning[];
  source: Source;
}
