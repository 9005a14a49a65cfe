/**
 * Bytes that, in Windows-1258, are Vietnamese-only: the five combining tone marks
 * (0xCC grave, 0xEC acute, 0xD2 hook above, 0xDE tilde, 0xF2 dot below) and
 * Ă ă Đ đ Ơ ơ Ư ư. "Việt" is "Vi\xEA\xF2t" there. In Windows-1252 (Latin-1) these
 * are rare letters (Ì ì Ò ò Þ Ã ã Ð ð Õ õ Ý ý).
 */
const VIETNAMESE_1258_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2, 0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd]);
/** Share of the high bytes (0x80 and up) that must be Vietnamese-only to name Windows-1258. */
const MIN_VIETNAMESE_SHARE = 0.4;
/** Bytes looked at. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Name the legacy 8-bit encoding that text which is not UTF-8 most likely uses, for
 * an error message: "Windows-1258" for Vietnamese, else "Windows-1252".
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'Windows-1258' | 'Windows-1252' {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let high = 0;
  let vietnamese = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high++;
    if (VIETNAMESE_1258_BYTES.has(b)) vietnamese++;
  }
  return high > 0 && vietnamese >= high * MIN_VIETNAMESE_SHARE ? 'Windows-1258' : 'Windows-1252';
}
