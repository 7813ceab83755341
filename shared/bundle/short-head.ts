/**
 * The chain head as the examiner writes it down at the end of a session (popup, fiche,
 * procès-verbal): the first 12 hex characters in 3 groups of 4. Copied off the workstation, it
 * anchors the evidence: a chain rewritten afterwards ends on another head.
 */
export const shortChainHead = (head: string): string =>
  [head.slice(0, 4), head.slice(4, 8), head.slice(8, 12)].join(' ');
