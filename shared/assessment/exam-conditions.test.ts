import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../schema/event.ts';
import { conditionLines, examConditions, frDuration } from './exam-conditions.ts';

const T0 = Date.parse('2026-06-12T08:00:00Z');
let seq = 0;
const ev = (kind: string, data: object, minute: number) =>
  ({ kind, data, time: T0 + minute * 60_000, seq: seq++ }) as unknown as CaptureEvent;

describe('exam conditions on the fiche', () => {
  it('states tiers-temps, extra minutes, the duration granted and each pause with its reason and duration', () => {
    const events = [
      ev('session.started', {}, 0),
      ev('session.timeExtended', { minutes: 14, basis: 'third', reason: 'Tiers-temps (PAP)' }, 1),
      ev('session.timeExtended', { minutes: 5, basis: 'minutes', reason: 'Retard du sujet' }, 2),
      ev('session.paused', { reason: 'Malaise du candidat', cause: 'incident' }, 12),
      ev('session.pauseEnded', { reason: 'Malaise du candidat', pausedMs: 200_000 }, 15),
      ev('session.paused', { reason: 'Interruption : le navigateur a redémarré', cause: 'interruption' }, 30),
      ev('session.ended', { reason: 'examiner' }, 32),
    ];
    const conditions = examConditions(events);
    expect(conditions).toMatchObject({ extraMinutes: 19, pausedMs: 200_000 + 120_000 });
    expect(conditionLines(conditions, 40, 'UTC')).toEqual([
      'Tiers-temps : +14 min — Tiers-temps (PAP)',
      'Temps supplémentaire : +5 min — Retard du sujet',
      'Durée accordée : 40 min + 19 min = 59 min',
      'Pause pour incident à 08 h 12 : Malaise du candidat — durée 3 min 20 s (temps rendu au candidat)',
      'Interruption du poste à 08 h 30 : Interruption : le navigateur a redémarré — durée 2 min (épreuve terminée pendant la pause)',
    ]);
  });

  it('says so when there was none', () => {
    expect(conditionLines(examConditions([ev('session.started', {}, 0)]), 40)).toEqual([
      'Aucun aménagement de temps ni incident enregistré.',
    ]);
  });

  it('formats durations', () => {
    expect([frDuration(45_000), frDuration(720_000), frDuration(200_000)]).toEqual([
      '45 s',
      '12 min',
      '3 min 20 s',
    ]);
  });
});
