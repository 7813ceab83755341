import { describe, expect, it } from 'vitest';
import { observationsRefusedDetail, pendingTamperedDetail, storageGapDetail } from './warnings.ts';

describe('integrity warnings written into the evidence', () => {
  it('says one and many in French, never « (s) »', () => {
    expect(pendingTamperedDetail(1)).toBe(
      '1 lot d’événements en attente modifié dans le stockage de la page : ignoré.',
    );
    expect(pendingTamperedDetail(4)).toBe(
      '4 lots d’événements en attente modifiés dans le stockage de la page : ignorés.',
    );
    expect(observationsRefusedDetail(1, 'ui.clicked')).toBe(
      '1 observation refusée, non enregistrée : ui.clicked',
    );
    expect(observationsRefusedDetail(2, 'a, b')).toBe('2 observations refusées, non enregistrées : a, b');
    for (const text of [pendingTamperedDetail(3), observationsRefusedDetail(3, 'x')])
      expect(text).not.toContain('(s)');
  });

  it('gives the gap’s times as people write them, to the second, not as ISO', () => {
    const since = new Date(2026, 5, 12, 9, 5, 7).getTime();
    const until = new Date(2026, 5, 12, 9, 6, 30).getTime();
    const text = storageGapDetail(since, until, 3, 'QuotaExceededError');
    expect(text).toBe(
      'Enregistrement des preuves impossible du 12/06/2026 09:05:07 au 12/06/2026 09:06:30 (3 écritures refusées) : QuotaExceededError',
    );
    expect(storageGapDetail(since, until, 1, 'x')).toContain('(1 écriture refusée)');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
