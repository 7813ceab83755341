/**
 * Script-generated events (`isTrusted === false`) are recorded with `trusted: false`, never
 * dropped nor silently trusted. A burst of them (a page script clicking for the candidate)
 * also gives one `integrity.warning`, at most once per cooldown.
 */

export interface UntrustedMonitorOptions {
  now?: () => number;
  /** Untrusted events within `windowMs` that make a burst. */
  threshold?: number;
  windowMs?: number;
  cooldownMs?: number;
}

/** Returns a function to call on each event; it answers with a warning detail on a burst. */
export const createUntrustedMonitor = ({
  now = Date.now,
  threshold = 5,
  windowMs = 5_000,
  cooldownMs = 60_000,
}: UntrustedMonitorOptions = {}) => {
  const recent: number[] = [];
  let lastWarning = Number.NEGATIVE_INFINITY;
  let total = 0;
  return (trusted: boolean, kind: string): string | null => {
    if (trusted) return null;
    total += 1;
    const at = now();
    recent.push(at);
    while (recent.length > 0 && at - recent[0]! > windowMs) recent.shift();
    if (recent.length < threshold || at - lastWarning < cooldownMs) return null;
    lastWarning = at;
    return `${recent.length} événements générés par un script de la page en ${Math.ceil(windowMs / 1000)} s (dernier : ${kind} ; ${total} depuis le début) : ils sont marqués non fiables.`;
  };
};
