/**
 * The publication time as a Vietnamese reader expects it printed, taken from the ISO
 * string as is (no time-zone conversion): "2025-03-11T20:25:00+07:00" → "20:25 11/03/2025",
 * "2025-03-11" → "11/03/2025". The machine-readable value goes in <time datetime>.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

export function displayDate(iso: string): string {
  const match = ISO.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const date = `${day}/${month}/${year}`;
  return hour === undefined ? date : `${hour}:${minute} ${date}`;
}
