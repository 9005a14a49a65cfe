/**
 * File signatures ("magic numbers") of things people hand to a text tool by mistake.
 * Only signatures that cannot start a real article are listed. `bytes` match from
 * offset 0, `null` matching any byte. `kind` completes the sentence "…, not text".
 */
export const MAGIC_NUMBERS: ReadonlyArray<{ kind: string; bytes: ReadonlyArray<number | null> }> = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // \x89PNG\r\n\x1a\n
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61] }, // GIF87a
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61] }, // GIF89a
  { kind: 'a WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] }, // RIFF....WEBP
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  // Also .docx, .xlsx, .odt, .epub: all zip files.
  { kind: 'a zip archive (or .docx/.xlsx/.odt document)', bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK\3\4
  { kind: 'an old Word/Excel document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // OLE2
  { kind: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'an ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // \x7fELF
  { kind: 'an MP4 video', bytes: [0x00, null, null, null, 0x66, 0x74, 0x79, 0x70] }, // \0...ftyp
];

/** The kind of file `bytes` starts like ("a PNG image"), or null when no signature matches. */
export function sniffMagic(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) {
    if (bytes.length < magic.bytes.length) continue;
    if (magic.bytes.every((b, k) => b === null || bytes[k] === b)) return magic.kind;
  }
  return null;
}
