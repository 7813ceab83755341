/**
 * The block structure of the subject's Markdown (headings `#`–`###`, paragraphs, nested
 * lists): lines in, blocks out, no rendering. See render.ts for the subset as a whole.
 */
export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] };

interface ListMarker {
  ordered: boolean;
  start: number;
  indent: number;
  /** Column where the item's text starts. */
  contentIndent: number;
  text: string;
}

const HEADING = /^ {0,3}(#{1,3})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^( {0,3})([-*+])([ \t]+|$)(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)(.*)$/;

const isBlank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.length - line.trimStart().length;

const listMarker = (line: string): ListMarker | null => {
  const bullet = BULLET.exec(line);
  if (bullet) {
    const indent = bullet[1]!.length;
    return {
      ordered: false,
      start: 1,
      indent,
      contentIndent: indent + 1 + Math.min(bullet[3]!.length || 1, 4),
      text: bullet[4]!,
    };
  }
  const ordered = ORDERED.exec(line);
  if (ordered) {
    const indent = ordered[1]!.length;
    return {
      ordered: true,
      start: Number(ordered[2]),
      indent,
      contentIndent: indent + ordered[2]!.length + 1 + Math.min(ordered[4]!.length || 1, 4),
      text: ordered[5]!,
    };
  }
  return null;
};

/** Whether a line ends the paragraph above it (an ordered list may only interrupt with `1.`). */
const interruptsParagraph = (line: string) => {
  if (HEADING.test(line)) return true;
  const marker = listMarker(line);
  return marker !== null && (!marker.ordered || marker.start === 1);
};

const parseList = (lines: string[], from: number, first: ListMarker, out: Block[]): number => {
  const items: Block[][] = [];
  let i = from;
  let marker: ListMarker | null = first;
  while (marker) {
    // Lenient nesting: two spaces are enough to nest under `1.`, as people often write.
    const nestIndent = Math.min(marker.contentIndent, marker.indent + 2);
    const content = [marker.text];
    let afterBlank = false;
    i++;
    while (i < lines.length) {
      const line = lines[i]!;
      if (isBlank(line)) {
        let next = i + 1;
        while (next < lines.length && isBlank(lines[next]!)) next++;
        if (next < lines.length && indentOf(lines[next]!) >= nestIndent) {
          for (; i < next; i++) content.push('');
          afterBlank = true;
          continue;
        }
        break;
      }
      const indent = indentOf(line);
      if (indent >= nestIndent) {
        content.push(line.slice(Math.min(indent, marker.contentIndent)));
        afterBlank = false;
        i++;
        continue;
      }
      // A lazy continuation line belongs to the item's last paragraph.
      if (!afterBlank && !listMarker(line) && !HEADING.test(line)) {
        content.push(line.trim());
        i++;
        continue;
      }
      break;
    }
    items.push(parseBlocks(content));
    let next = i;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    const following = next < lines.length ? listMarker(lines[next]!) : null;
    if (following && following.ordered === first.ordered) {
      i = next;
      marker = following;
    } else marker = null;
  }
  out.push({ kind: 'list', ordered: first.ordered, start: first.start, items });
  return i;
};

export const parseBlocks = (lines: string[]): Block[] => {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = (heading[2] ?? '').trim();
      if (text) blocks.push({ kind: 'heading', depth: heading[1]!.length, text });
      i++;
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      i = parseList(lines, i, marker, blocks);
      continue;
    }
    const paragraph = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i]!) && !interruptsParagraph(lines[i]!)) {
      paragraph.push(lines[i]!.trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
  }
  return blocks;
};

export const toLines = (source: string): string[] =>
  source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length)).replace(/[ \t]+$/, ''));
