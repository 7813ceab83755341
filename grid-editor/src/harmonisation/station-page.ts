/**
 * The harmonisation page the examiner's station serves at /harmonisation: the same view as
 * `harmonisation.html`, reading the station's finalised assessments and chain heads from
 * `GET /api/harmonisation` (same origin, the examiner's session cookie) — no file to move.
 * Files can still be dropped or chosen on it. The station bundles this module (ADR 0015).
 */
import './main.ts';

class StationRefusal extends Error {}

const read =
  (path = '/api/harmonisation') =>
  async (): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(path, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch {
      throw new StationRefusal('la station ne répond pas (réseau coupé ou station arrêtée).');
    }
    if (response.status === 401)
      throw new StationRefusal('votre session a expiré : reconnectez-vous (/login).');
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { fr?: string } | null;
      throw new StationRefusal(body?.fr ?? `erreur ${response.status}.`);
    }
    return response.json();
  };

const view = document.querySelector('ge-harmonisation');
if (view)
  view.station = {
    label: location.host,
    read: read(),
    readBundle: (sessionId) => read(`/api/sessions/${encodeURIComponent(sessionId)}/bundle`)(),
  };
