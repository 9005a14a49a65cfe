/**
 * A video page's player left in a copy: the clip's duration alone on a line near the player's
 * label or a "Video:" title, and the clip's own title printed under the body.
 *
 *   Video: Cận cảnh cầu Phong Châu mới …   ← the title
 *   02:35                                  ← the duration: chrome, not the lead
 *   Xem video                              ← the player's label (boilerplate)
 *   …
 *   … được tổ chức dọc phố.
 *   Video: Phố đi bộ Hồ Gươm đông nghịt …  ← the clip's title under the body: no paragraph
 */
import type { Warning } from '../../model/article.js';
import { dropped } from './dropped.js';
import type { Line } from './lines.js';
import { endsSentence } from './patterns.js';

/** A clip's duration: "02:35", "1:48", "1:02:35". */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/** The player's label, or a title that names a video: "Xem video", "Phát video", "Video", "Video: …", "[Video] …", "VIDEO | …". */
const VIDEO_MARK = /^(?:(?:xem|phát) video|video)$|^(?:\[video\]|video ?[:|-])/iu;
/** A clip's title: "Video: " and a capitalised headline. */
const VIDEO_TITLE = /^video ?: ?\p{Lu}/iu;
/** The player stands among the page's first lines, the duration this close to its mark. */
const MAX_PLAYER_LINE = 8;
const MAX_MARK_DISTANCE = 3;
/** A clip's title has at least this many words after its label, and is no sentence. */
const MIN_VIDEO_TITLE_WORDS = 4;

function isDurationNearMark(lines: readonly Line[], i: number): boolean {
  if (i >= MAX_PLAYER_LINE || !DURATION.test((lines[i] as Line).text)) return false;
  for (let k = Math.max(0, i - MAX_MARK_DISTANCE); k <= Math.min(lines.length - 1, i + MAX_MARK_DISTANCE); k++) {
    if (k !== i && VIDEO_MARK.test((lines[k] as Line).text)) return true;
  }
  return false;
}

/** A "Video: <headline>" line under a sentence: the clip's title in the body. */
function isClipTitleInBody(lines: readonly Line[], i: number): boolean {
  const text = (lines[i] as Line).text;
  const above = lines[i - 1];
  return (
    above !== undefined &&
    endsSentence(above.text) &&
    VIDEO_TITLE.test(text) &&
    !endsSentence(text) &&
    text.split(' ').length > MIN_VIDEO_TITLE_WORDS
  );
}

/** The lines without the player's duration and the clips' titles (the same array when there are none). */
export function withoutPlayer(lines: Line[], warnings: Warning[]): Line[] {
  const kept = lines.filter((line, i) => {
    if (isDurationNearMark(lines, i)) {
      warnings.push(dropped(line, 'media/player', "video player's duration"));
      return false;
    }
    if (isClipTitleInBody(lines, i)) {
      warnings.push(dropped(line, 'media/video-title', 'video title'));
      return false;
    }
    return true;
  });
  return kept.length === lines.length ? lines : kept;
}
