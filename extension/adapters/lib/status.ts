/**
 * Which content event a save is, from the status before (if the session knows it), after,
 * and the status the request asked for. Shared by every CMS whose editor saves by REST.
 */

const PUBLIC = new Set(['publish']);
const HIDDEN = new Set(['draft', 'pending', 'private', 'trash', 'future', 'auto-draft']);

export type ContentKind = 'content.published' | 'content.unpublished' | 'content.updated';

/**
 * - it becomes `publish` (from anything else, or the request set it) → `content.published`;
 * - it leaves `publish` → `content.unpublished` (a status-only save of a post the session never
 *   saw is read as « switch to draft », which is what an editor's button sends);
 * - anything else → `content.updated`.
 */
export const transitionKind = (
  before: string | undefined,
  after: string | undefined,
  requested: string | undefined,
  statusOnly: boolean,
): ContentKind => {
  if (after && PUBLIC.has(after)) {
    if (before !== undefined) return PUBLIC.has(before) ? 'content.updated' : 'content.published';
    return requested && PUBLIC.has(requested) ? 'content.published' : 'content.updated';
  }
  if (after && HIDDEN.has(after)) {
    if (before !== undefined) return PUBLIC.has(before) ? 'content.unpublished' : 'content.updated';
    if (after === 'trash') return 'content.unpublished';
    return requested !== undefined && statusOnly && requested !== 'future'
      ? 'content.unpublished'
      : 'content.updated';
  }
  return 'content.updated';
};
