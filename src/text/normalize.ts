export interface NormalizedText {
  text: string;
  normalizations: string[];
}

/** PLACEHOLDER: line ends and NFC only; replaced by the full text layer. */
export function normalizeText(input: string): NormalizedText {
  return { text: input.replace(/\r\n?/g, '\n').normalize('NFC'), normalizations: [] };
}
