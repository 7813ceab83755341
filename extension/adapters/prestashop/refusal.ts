/**
 * A refused save is an attempt, not nothing: the request detector remembers it, and the page
 * PrestaShop re-renders (200, the same form with its `.alert-danger` block) gives the reason.
 * Reported as `settings.changed` in area `save-refused` (`target`, what was tried, `reason`).
 */
import { clip } from '../lib/fields.ts';
import type { DerivedEvent, Memory, PageObservation } from '../types.ts';

const KEY = 'prestashop:refused';
/** The re-rendered form is the answer itself: it arrives within seconds. */
const WAIT_MS = 60_000;

interface Pending {
  target: string;
  tried: Record<string, string | number | boolean>;
  time: number;
}

export const rememberRefusal = (
  memory: Memory,
  target: string,
  tried: Record<string, string | number | boolean | undefined>,
  time: number,
): void => {
  const kept = Object.fromEntries(
    Object.entries(tried).filter(
      (entry): entry is [string, string | number | boolean] => entry[1] !== undefined,
    ),
  );
  memory.set(KEY, { target, tried: kept, time } satisfies Pending);
};

/** On the next page: the attempt with the page's error message, if it shows one. */
export const refusalOnPage = (memory: Memory, page: PageObservation): DerivedEvent[] => {
  const pending = memory.get<Pending>(KEY);
  if (!pending) return [];
  memory.delete(KEY);
  if (page.time - pending.time > WAIT_MS || page.time < pending.time - 1000) return [];
  const reason = page.markup?.notices
    ?.filter((notice) => notice.kind === 'error')
    .map((notice) => notice.text)
    .join(' ')
    .trim();
  return [
    {
      kind: 'settings.changed',
      data: {
        area: 'save-refused',
        changes: {
          target: pending.target,
          ...pending.tried,
          ...(reason ? { reason: clip(reason, 2000) } : {}),
        },
      },
    },
  ];
};
