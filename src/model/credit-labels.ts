/**
 * The words a photo credit is printed after ("Ảnh: TTXVN", "Tranh: Bùi Xuân Phái", "(Nguồn:
 * Reuters)"), in one canonical spelling each: the value of `images[].creditLabel` (the JSON
 * Schema lists the same words; tests/model/schema.test.ts checks that they agree). The text
 * reader finds a label in any case or tone placement ("ẢNH", "ảnh", "đồ hoạ"); the writers
 * print the canonical one before the credit, and the Markdown reader reads it back.
 * Plain data and two pure functions, shared by readers and writers.
 */

export const CREDIT_LABELS = [
  'Ảnh',
  'Nguồn',
  'Nguồn ảnh',
  'Nguồn hình ảnh',
  'Ảnh - Nguồn',
  'Ảnh minh họa',
  'Hình',
  'Photo',
  'Tranh',
  'Đồ họa',
] as const;

export type CreditLabel = (typeof CREDIT_LABELS)[number];

/** The label every writer printed before labels were kept (and the one an older article JSON implies). */
export const DEFAULT_CREDIT_LABEL: CreditLabel = 'Ảnh';

/** Lower case, one space for each run of spaces, " - " for any dash, new-style tone placement ("hoạ" → "họa"). */
function fold(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/ ?[-–—] ?/gu, ' - ')
    .trim()
    .replace(/oạ/gu, 'ọa');
}

/** Longer than any label, however spaced: longer words are not looked up. */
const MAX_LABEL_LENGTH = 40;

const BY_FOLDED: ReadonlyMap<string, CreditLabel> = new Map(CREDIT_LABELS.map((label) => [fold(label), label]));

/** The canonical label for a label as printed ("ẢNH" → "Ảnh", "đồ hoạ" → "Đồ họa"), or null when it is none. */
export function creditLabelOf(printed: string): CreditLabel | null {
  if (printed.length > MAX_LABEL_LENGTH) return null;
  return BY_FOLDED.get(fold(printed)) ?? null;
}

/**
 * A credit as printed after its caption: "Ảnh: TTXVN", "Tranh: Bùi Xuân Phái", or a credit that
 * names itself alone. An article object made before labels existed has none (undefined): its
 * credit is printed after "Ảnh", as it always was.
 */
export function creditText(credit: string, label: CreditLabel | null | undefined): string {
  return label === null ? credit : `${label ?? DEFAULT_CREDIT_LABEL}: ${credit}`;
}
