/**
 * fast-check arbitraries for the property tests: raw text (arbitrary Unicode, lines made of
 * the words and shapes the reader looks for, mutations of the bundled fixture articles),
 * raw bytes, and whole Article objects with hostile strings in every text field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Article, ArticleImage, Mention, Official, Reference, Warning } from '../../src/model/article.js';
import { CREDIT_LABELS, type CreditLabel } from '../../src/model/credit-labels.js';
import { readCreditClause } from '../../src/model/markdown-layout.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The bundled article inputs (fixtures/STAR/input.txt) that decode as UTF-8: the repository's
 * own, so CI needs nothing beside the clone. fixtures/utf16-bom is left out by the decode.
 */
export function fixtureTexts(): { name: string; text: string }[] {
  const fixtures = join(ROOT, 'fixtures');
  const out: { name: string; text: string }[] = [];
  for (const entry of readdirSync(fixtures, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(fixtures, entry.name, 'input.txt'));
    } catch {
      continue;
    }
    try {
      out.push({ name: entry.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    } catch {
      // not UTF-8 (the UTF-16 fixture): not a text to mutate
    }
  }
  return out;
}

/**
 * Pieces of Vietnamese news text the reader's rules look for (sections, bylines, dates,
 * credits, image lines, titles of officials, document numbers, page chrome), and the
 * characters its patterns pivot on. Lines made of these reach far deeper than random text.
 */
export const NEWS_TOKENS: readonly string[] = [
  'Chính trị', 'Thời sự', 'Thế giới', 'Trang chủ >', '›', '»', 'Kinh doanh - Tài chính',
  'Vũ Ba', 'NHẬT XUÂN', 'Theo', 'TTXVN', '(TTXVN/Vietnam+)', 'Bài và ảnh:', 'PV', 'Nhóm PV', 'Q.Anh', 'Tác giả:',
  '11/03/2025', '20:25', '-', '–', '|', '•', '11-03-2025', '2025-03-11T20:25:00+07:00', 'GMT+7', '(GMT+07:00)', 'Thứ năm,',
  'ngày 11 tháng 3 năm 2025', 'Cập nhật:', '19h42', 'PM', 'SA',
  'anh-1.jpg', 'https://example.vn/a.png?w=1', '.jpg', 'Ảnh:', '(Ảnh: TTXVN)', 'Nguồn:', '(Nguồn: Reuters)', 'Ảnh Hồng Thi.',
  '- Ảnh 1.', 'ảnh 1', '(bên phải)', '(Ảnh minh họa)', '(Video: Thành Công)',
  'Bộ trưởng', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch', 'Ủy viên Bộ Chính trị', 'Bí thư Tỉnh ủy', 'Đồng chí', 'ông', 'bà',
  'Nguyễn Văn', 'Trần Cẩm Tú', 'Trần Hồng Hà', 'An', 'Lê', 'Phạm Minh Chính', 'và', ',', '.', ';', ':', '(', ')', '"', '“', '”',
  'Nghị quyết số 57-NQ/TW', 'Nghị quyết số', '1/', 'Quyết định', 'số 35/2024/NĐ-CP', 'Luật Đất đai 2024', 'của Bộ Chính trị',
  'ngày 22/12/2024', 'Bộ Giáo dục và Đào tạo', 'UBND tỉnh', 'Kết luận', 'Chỉ thị',
  'Tin liên quan', 'Xem thêm:', 'Chia sẻ', 'Bình luận', 'Từ khóa:', '#', '©', 'Bản quyền', 'Nguồn Công Luận: https://x.vn',
  '1.234 lượt xem', '00:00 / 03:25', '***', 'o0o', '[Tin tức]', '(Hết)',
  '<script>alert(1)</script>', '" onerror=alert(1) x="', 'javascript:alert(1)', '![a](javascript:x)', '**', '_', '`', '\\',
  ' ', '  ', '\t', '\u00a0', '\u200b', '\ufeff', '\u0300', '\u0301', '\u0323', '\r', '\u2028', '\u0085', '\u0000', '\ud800', '\udc00', '😀',
];

/** A UTF-16 code unit, lone surrogates included: strings no UTF-8 file can hold, but a JS caller can pass. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** A line of news-like text: tokens, letters and numbers with spaces (or none) between. */
export const newsLine: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...NEWS_TOKENS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
    ),
    { maxLength: 16 },
  )
  .chain((tokens) => fc.constantFrom(' ', '', ' ', '  ').map((glue) => tokens.join(glue)));

/** Several such lines, with blank lines (or none) between, and any line end. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(newsLine, fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r', '\n\n\n')), { maxLength: 30 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));

/** Any string: arbitrary code points, arbitrary UTF-16 units (lone surrogates too), or news-like lines. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'Ă', 'ệ', ' ', '\n', '.', ',', '/', '1', '(', ')', ':', '-'), maxLength: 300 }),
  newsText,
);

// --- Mutations of the fixture articles -------------------------------------------------

/** One change to a text; several are applied in a row. */
export type Mutation =
  | { kind: 'shuffle'; seed: number }
  | { kind: 'duplicate'; line: number; times: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'join'; line: number; count: number; glue: string }
  | { kind: 'strip-diacritics'; share: number; seed: number }
  | { kind: 'nfd' }
  | { kind: 'nfc' }
  | { kind: 'crlf'; share: number; seed: number }
  | { kind: 'insert'; line: number; text: string }
  | { kind: 'delete'; line: number; count: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(), times: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('join' as const), line: fc.nat(), count: fc.integer({ min: 2, max: 8 }), glue: fc.constantFrom(' ', '', '. ', ', ') }),
  fc.record({ kind: fc.constant('strip-diacritics' as const), share: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('nfd' as const) }),
  fc.record({ kind: fc.constant('nfc' as const) }),
  fc.record({ kind: fc.constant('crlf' as const), share: fc.double({ min: 0, max: 1, noNaN: true }), seed: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(), text: newsLine }),
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
);

/** A small deterministic PRNG (mulberry32), so a mutation is a pure function of its fields. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Combining marks Vietnamese uses: the five tones, breve, circumflex, horn. */
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/gu;

export function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const at = (line: number): number => (lines.length === 0 ? 0 : line % lines.length);
  switch (change.kind) {
    case 'shuffle': {
      const next = random(change.seed);
      for (let i = lines.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return lines.join('\n');
    }
    case 'duplicate': {
      const i = at(change.line);
      lines.splice(i, 0, ...Array.from({ length: change.times }, () => lines[i] ?? ''));
      return lines.join('\n');
    }
    case 'truncate':
      // At any UTF-16 offset: a surrogate pair or a letter and its combining mark may be cut.
      return text.slice(0, Math.floor(text.length * change.at));
    case 'join': {
      const i = at(change.line);
      lines.splice(i, change.count, lines.slice(i, i + change.count).join(change.glue));
      return lines.join('\n');
    }
    case 'strip-diacritics': {
      const next = random(change.seed);
      // đ/Đ have no combining mark: strip them as typists without a Vietnamese keyboard do.
      return text
        .normalize('NFD')
        .replace(VIETNAMESE_MARKS, (mark) => (next() < change.share ? '' : mark))
        .replace(/[đĐ]/gu, (d) => (next() < change.share ? (d === 'đ' ? 'd' : 'D') : d))
        .normalize(next() < 0.5 ? 'NFC' : 'NFD');
    }
    case 'nfd':
      return text.normalize('NFD');
    case 'nfc':
      return text.normalize('NFC');
    case 'crlf': {
      const next = random(change.seed);
      return text.replace(/\n/gu, () => (next() < change.share ? (next() < 0.8 ? '\r\n' : '\r') : '\n'));
    }
    case 'insert':
      lines.splice(at(change.line), 0, change.text);
      return lines.join('\n');
    case 'delete':
      lines.splice(at(change.line), change.count);
      return lines.join('\n');
  }
}

/** A fixture article with 1 to 5 mutations applied in turn. */
export function mutatedFixture(texts: readonly { name: string; text: string }[]): fc.Arbitrary<{ name: string; mutations: Mutation[]; text: string }> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([{ name, text }, mutations]) => ({ name, mutations, text: mutations.reduce(mutate, text) }));
}

// --- Bytes -----------------------------------------------------------------------------

/** Raw bytes: random, text encoded in UTF-8 / UTF-16 with damage, BOMs, and magic numbers of binary formats. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc
    .tuple(
      anyText,
      fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'),
      fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x25, 0x50, 0x44, 0x46]),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
    )
    .map(([text, encoding, prefix, damage]) => {
      const body = encode(text, encoding);
      const bytes = Uint8Array.from([...prefix, ...body]);
      for (const [offset, value] of damage) if (bytes.length > 0) bytes[offset % bytes.length] = value;
      return bytes;
    }),
);

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = encoding === 'utf-16le' ? lo : hi;
    out[2 * i + 1] = encoding === 'utf-16le' ? hi : lo;
  }
  return out;
}

// --- Articles --------------------------------------------------------------------------

/**
 * Strings meant to break an exporter: markup, attribute and URL injection, Markdown syntax
 * at the start of a line and inside it, YAML syntax, character references, Unicode
 * controls and bidi overrides, line ends of every kind.
 */
export const HOSTILE: readonly string[] = [
  '<script>alert(1)</script>', '</script><script>alert(1)</script>', '<!--', '-->', '<![CDATA[', ']]>', '<img src=x onerror=alert(1)>',
  '" onerror="alert(1)', "' onmouseover='alert(1)", '"><svg onload=alert(1)>', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)',
  'java\tscript:x', 'vbscript:x', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', '\\\\evil', '<a href="javascript:x">x</a>',
  '<style>body{}</style>', '<iframe src=x>', '<p>', '</p>', '&amp;', '&#60;', '&lt;script&gt;', '&', '<', '>', '"', "'", '`',
  '# ', '## h', '=====', '---', '***', '* ', '- ', '+ ', '1. ', '2) ', '> ', '    code', '```', '~~~', '| a | b |', '[x](y)', '![a](b)',
  '[x]: /u', '[^1]', '<https://x.vn>', '**', '__', '_x_', '*x*', '~~x~~', '\\', '\\*', '$', '{', '}', 'key: value', '- item', '? x', '! x',
  '%YAML', '... ', '\u202e', '\u202d', '\u2066', '\u200b', '\u200d', '\ufeff', '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085',
  '\u2028', '\u2029', '\u00a0', '\t', '\r', '\r\n', '\n', '\n\n', ' ', '  ', '😀', '\u0301', 'Ð', 'ð', 'Thông qua', 'Trần Cẩm Tú',
];

/** Any string with hostile pieces mixed into it. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 }), fc.constantFrom(...NEWS_TOKENS)), { maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
);

/**
 * What the reader hands a text field, as a function of any string: normalizeText's
 * output (one kind of line end, NFC, no controls, tabs or odd spaces), each line trimmed,
 * no blank line, nothing at all when nothing is left. Passed in, so the arbitrary does
 * not import src/ (the tests decide what "the same" means).
 */
export type Shape = (text: string) => string | null;

const sha256 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
const isoDate = fc.tuple(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), two(1, 12), two(1, 31)).map((p) => p.join('-'));
/** What the schema's `published` pattern allows: a date, or a date and time with seconds optional and an offset. */
export const published = fc.oneof(
  fc.constant(null),
  isoDate,
  fc
    .tuple(isoDate, two(0, 23), two(0, 59), fc.option(two(0, 59)), fc.constantFrom('+', '-'), two(0, 23), two(0, 59))
    .map(([date, h, m, s, sign, oh, om]) => `${date}T${h}:${m}${s === null ? '' : `:${s}`}${sign}${oh}:${om}`),
);

export interface ArticleOptions {
  /** Applied to every text field; null drops it (a nullable field becomes null, a list item goes). */
  shape: Shape;
  /** Mentions only where their text is (as the parser makes them), or anywhere. */
  consistentMentions: boolean;
  /** Images only after an existing paragraph and in reading order (as the parser places them), or anywhere the schema allows. */
  imagesInRange: boolean;
}

/** An Article that validates against the schema, with hostile strings in every field. */
/**
 * An image's credit label: none without a credit. A credit with no label that itself opens with a
 * label and ": " is the one case Markdown cannot keep (model/markdown-layout.ts, readCreditClause),
 * and vnnews never writes one: such a credit gets the label "Ảnh" in front.
 */
function creditLabelFor(credit: string | null, label: CreditLabel | null): CreditLabel | null {
  if (credit === null) return null;
  if (label === null && readCreditClause(`(${credit})`)?.label) return 'Ảnh';
  return label;
}

export function article({ shape, consistentMentions, imagesInRange }: ArticleOptions): fc.Arbitrary<Article> {
  const text = hostileString.map(shape);
  /** A string the schema requires (not nullable): shaped, with a stand-in when nothing is left. */
  const required = (fallback: string) => text.map((t) => t ?? fallback);
  const optional = fc.option(text, { freq: 4 }).map((t) => t ?? null);
  const textOrNull = fc.option(text, { freq: 4 }).map((t) => t ?? null);
  const texts = fc.array(text, { maxLength: 6 }).map((list) => list.filter((t): t is string => t !== null));
  const any = fc.string({ maxLength: 20 });
  const reference: fc.Arbitrary<Reference> = fc.record({
    kind: fc.oneof(fc.constantFrom('Nghị quyết', 'Luật', 'Quyết định'), required('Luật')),
    number: optional,
    date: fc.option(isoDate),
    issuer: optional,
    title: optional,
  });
  const warning: fc.Arbitrary<Warning> = fc.record({ line: fc.option(fc.integer({ min: 1, max: 1000 })), rule: any, message: hostileString });
  const src = fc.oneof(fc.constant(null), text, fc.constantFrom('anh-1.jpg', 'https://example.vn/a.jpg?w=1&h=2', './javascript:x', 'ảnh (1).jpg'));

  return fc
    .record({
      section: textOrNull,
      title: textOrNull,
      byline: fc.option(fc.record({ text: required('Vũ Ba'), authors: texts })),
      published,
      lead: textOrNull,
      paragraphs: texts,
      rawImages: fc.array(fc.record({ src, caption: textOrNull, credit: textOrNull, label: fc.constantFrom(...CREDIT_LABELS, null), after: fc.integer({ min: -1, max: 8 }) }), { maxLength: 5 }),
      people: fc.array(fc.record({ name: required('Trần Cẩm Tú'), titles: texts, picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 }) }), { maxLength: 4 }),
      references: fc.array(reference, { maxLength: 4 }),
      warnings: fc.array(warning, { maxLength: 3 }),
      source: fc.record({ path: optional, sha256, encoding: fc.constantFrom('utf-8', 'utf-16le'), normalizations: fc.array(any, { maxLength: 3 }) }),
    })
    .map(({ rawImages, people, ...fields }) => {
      const last = fields.paragraphs.length - 1;
      const images: ArticleImage[] = rawImages.map(({ src, caption, credit, label, after }) => ({
        src,
        caption,
        credit,
        creditLabel: creditLabelFor(credit, label),
        afterParagraph: imagesInRange ? Math.min(after, last) : after,
      }));
      // As the parser places them: in reading order (a stable sort keeps equal places in order).
      if (imagesInRange) images.sort((x, y) => x.afterParagraph - y.afterParagraph);
      const officials: Official[] = people.map(({ name, titles, picks }) => ({
        name,
        titles,
        mentions: picks.flatMap(([where, index, a, b]): Mention[] => {
          const places = mentionPlaces({ ...fields, images });
          if (!consistentMentions) {
            const place = (['title', 'lead', 'paragraph', 'caption'] as const)[where % 4]!;
            return [{ in: place, index: index % 10, start: a % 50, end: b % 50, text: name }];
          }
          if (places.length === 0) return [];
          const place = places[where % places.length]!;
          const start = a % (place.text.length + 1);
          const end = start + (b % (place.text.length - start + 1));
          return [{ in: place.in, index: place.index, start, end, text: place.text.slice(start, end) }];
        }),
      }));
      return { schemaVersion: 1, ...fields, images, officials } as Article;
    });
}

/** Every text an official's mention may point into. */
function mentionPlaces(a: Pick<Article, 'title' | 'lead' | 'paragraphs' | 'images'>): { in: Mention['in']; index: number; text: string }[] {
  return [
    ...(a.title === null ? [] : [{ in: 'title' as const, index: 0, text: a.title }]),
    ...(a.lead === null ? [] : [{ in: 'lead' as const, index: 0, text: a.lead }]),
    ...a.paragraphs.map((text, index) => ({ in: 'paragraph' as const, index, text })),
    ...a.images.flatMap((image, index) => (image.caption === null ? [] : [{ in: 'caption' as const, index, text: image.caption }])),
  ];
}
