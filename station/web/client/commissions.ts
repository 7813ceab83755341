/** Administrator forms on the commissions page: a new commission (subject file read here), a new account. */
const send = async (
  url: string,
  body: unknown,
): Promise<{ ok: boolean; fr?: string; pairingCode?: string }> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; fr?: string };
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

byId<HTMLFormElement>('commission-form')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const feedback = byId<HTMLElement>('commission-feedback');
  const file = byId<HTMLInputElement>('commission-subject-file').files?.[0];
  if (!file) {
    feedback.textContent = 'Choisissez le fichier de sujet.';
    return;
  }
  feedback.textContent = 'Création…';
  const result = await send('/api/commissions', {
    label: byId<HTMLInputElement>('commission-label').value,
    examinerId: Number(byId<HTMLSelectElement>('commission-examiner').value),
    packageText: await file.text(),
  });
  if (!result.ok) {
    feedback.textContent = result.fr ?? 'Erreur.';
    return;
  }
  location.reload();
});

byId<HTMLFormElement>('examiner-form')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const feedback = byId<HTMLElement>('examiner-feedback');
  const result = await send('/api/examiners', {
    username: byId<HTMLInputElement>('examiner-username').value,
    displayName: byId<HTMLInputElement>('examiner-display').value,
    password: byId<HTMLInputElement>('examiner-password').value,
  });
  feedback.textContent = result.ok ? 'Compte créé.' : (result.fr ?? 'Erreur.');
  if (result.ok) location.reload();
});
