/**
 * The order in which the candidate did things. `seq` is the order events were sealed into the
 * chain: a derived event (« article publié ») may be sealed before the click that caused it,
 * whose batch arrived later. Timelines read by people follow the candidate's time (stamped
 * where each event was observed), `seq` breaking ties; the chain keeps `seq`.
 */
interface Timed {
  time: number;
  seq: number;
}

export const byCandidateTime = <T extends Timed>(events: readonly T[]): T[] =>
  [...events].sort((a, b) => a.time - b.time || a.seq - b.seq);
