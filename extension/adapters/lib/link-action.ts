/**
 * Back-office actions asked by a GET link (PrestaShop: approve a product review, set a thread's
 * status): the page the link loads may keep the action in its URL, or may be a redirect to a
 * plain list. So the action is read from the loaded page's URL when it says it, else from the
 * link followed just before; a page that shows an error means it was not done.
 */
import type { LinkObservation, Memory, PageObservation } from '../types.ts';

/** The page a link loads arrives within seconds; a confirm() dialog may add some. */
export const LINK_WAIT_MS = 60_000;

/**
 * Feeds one observation to a link-then-page detector and returns the action done, if this
 * observation is the page that shows it. `pendingKey` is the detector's own memory slot.
 */
export const linkAction = <A extends object>(
  observation: LinkObservation | PageObservation,
  memory: Memory,
  pendingKey: string,
  actionOf: (url: string) => A | undefined,
  isTargetPage: (url: string) => boolean,
): A | undefined => {
  if (observation.type === 'link') {
    const asked = actionOf(observation.href);
    if (asked) memory.set(pendingKey, { ...asked, time: observation.time });
    return undefined;
  }
  const page = observation;
  if (!isTargetPage(page.url)) return undefined;
  const pending = memory.get<A & { time: number }>(pendingKey);
  memory.delete(pendingKey);
  if (page.markup?.notices?.some((notice) => notice.kind === 'error')) return undefined;
  const recent = pending && page.time >= pending.time && page.time - pending.time <= LINK_WAIT_MS;
  return actionOf(page.url) ?? (recent ? pending : undefined);
};
