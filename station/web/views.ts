/** The examiner pages' HTML (server side). Live parts are filled by web/client scripts. */
import type { Examiner } from '../accounts/accounts.ts';
import type { Commission } from '../accounts/commissions.ts';
import { escapeHtml as e, page } from './html.ts';

export const loginPage = (warning: string | null, error: string | null) =>
  page({
    title: 'Connexion',
    warning,
    body: `<h1>Connexion</h1>
<form method="post" action="/login" class="card narrow">
  <label for="login-user">Identifiant</label>
  <input id="login-user" name="username" data-testid="login-user" autocomplete="username" required>
  <label for="login-password">Mot de passe</label>
  <input id="login-password" name="password" type="password" data-testid="login-password" autocomplete="current-password" required>
  ${error ? `<p role="alert" class="error" data-testid="login-error">${e(error)}</p>` : ''}
  <button type="submit" data-testid="login-submit">Se connecter</button>
</form>`,
  });

export const commissionsPage = ({
  examiner,
  commissions,
  examiners,
  warning,
}: {
  examiner: Examiner;
  commissions: Commission[];
  examiners: Examiner[];
  warning: string | null;
}) =>
  page({
    title: 'Commissions',
    warning,
    user: examiner.displayName,
    script: examiner.isAdmin ? 'commissions.ts' : undefined,
    body: `<h1>Commissions</h1>
<p><a href="/harmonisation" data-testid="open-harmonisation">Harmonisation des notes</a> : les évaluations finalisées ${examiner.isAdmin ? 'de toutes les commissions' : 'de vos commissions'}, sans fichier à transférer.</p>
${
  commissions.length === 0
    ? '<p>Aucune commission pour le moment.</p>'
    : `<table class="list"><caption>Vos commissions et leur code d’appairage</caption>
<thead><tr><th scope="col">Commission</th><th scope="col">Sujet</th><th scope="col">Examinateur</th><th scope="col">Code d’appairage</th></tr></thead>
<tbody>${commissions
        .map(
          (c) => `<tr data-testid="commission-row" data-commission="${e(c.id)}">
<td><a href="/commissions/${e(c.id)}">${e(c.label)}</a></td><td>${e(c.subjectTitle)}</td><td>${e(c.examinerName)}</td>
<td><code class="code" data-testid="pairing-code">${e(c.pairingCode)}</code></td></tr>`,
        )
        .join('')}</tbody></table>`
}
${
  examiner.isAdmin
    ? `<h2>Nouvelle commission</h2>
<form id="commission-form" class="card">
  <label for="commission-label">Nom de la commission</label>
  <input id="commission-label" name="label" data-testid="commission-label" placeholder="Commission 1 — matin">
  <label for="commission-examiner">Examinateur</label>
  <select id="commission-examiner" name="examiner" data-testid="commission-examiner" required>
    ${examiners.map((x) => `<option value="${x.id}">${e(x.displayName)} (${e(x.username)})</option>`).join('')}
  </select>
  <label for="commission-subject-file">Fichier de sujet (.temoin-subject.json)</label>
  <input id="commission-subject-file" type="file" accept=".json,application/json" data-testid="commission-subject-file" required>
  <button type="submit" data-testid="new-commission">Créer la commission</button>
  <p role="status" id="commission-feedback" data-testid="commission-feedback"></p>
</form>
<h2>Nouveau compte examinateur</h2>
<form id="examiner-form" class="card">
  <label for="examiner-username">Identifiant</label>
  <input id="examiner-username" data-testid="examiner-username" autocomplete="off" required>
  <label for="examiner-display">Nom affiché</label>
  <input id="examiner-display" data-testid="examiner-display" autocomplete="off">
  <label for="examiner-password">Mot de passe (10 caractères au moins)</label>
  <input id="examiner-password" type="password" data-testid="examiner-password" autocomplete="new-password" required>
  <button type="submit" data-testid="new-examiner">Créer le compte</button>
  <p role="status" id="examiner-feedback" data-testid="examiner-feedback"></p>
</form>`
    : ''
}`,
  });

export const examinerPage = ({
  examiner,
  commission,
  warning,
}: {
  examiner: Examiner;
  commission: Commission;
  warning: string | null;
}) => {
  // The package travels with the page: the review's components read questions, aspects and
  // compétences from it, as they do from a bundle's package.
  const data = {
    id: commission.id,
    subjectId: commission.pkg.subject.id,
    examinerName: examiner.displayName,
    pkg: commission.pkg,
  };
  return page({
    title: commission.label,
    warning,
    user: examiner.displayName,
    head: '<script type="module" src="/views/live.js"></script>',
    body: `<h1>${e(commission.label)} — ${e(commission.subjectTitle)}</h1>
<p>Code d’appairage : <code class="code" data-testid="pairing-code">${e(commission.pairingCode)}</code>
 · <a href="/commissions">Toutes les commissions</a> · <a href="/harmonisation">Harmonisation des notes</a>
 · <a href="/commissions/${e(commission.id)}/fiches" data-testid="print-fiches">Imprimer les fiches d’évaluation</a></p>
<p role="alert" class="error" data-testid="station-error" hidden></p>
<p role="status" data-testid="stream-state" data-state="connecting">Connexion au flux…</p>
<div class="columns" id="columns" data-testid="candidate-columns"><p id="no-candidate">Aucun poste appairé : saisissez le code ci-dessus dans le popup de chaque poste.</p></div>
<script type="application/json" id="commission-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`,
  });
};

/** The fiches d'évaluation of a commission's finalised candidates (or one), to print. */
export const fichesPage = ({
  examiner,
  commission,
  sessions,
  warning,
}: {
  examiner: Examiner;
  commission: Commission;
  sessions: string[];
  warning: string | null;
}) => {
  const back = `/commissions/${commission.id}`;
  const data = { sessions, back };
  return page({
    title: `Fiches d’évaluation — ${commission.label}`,
    warning,
    user: examiner.displayName,
    head: '<script type="module" src="/views/fiche.js"></script>',
    body: `<h1 class="no-print">Fiches d’évaluation — ${e(commission.label)}</h1>
<p class="no-print"><a href="${e(back)}">Retour à l’écran de la commission</a> · Les fiches reprennent les évaluations finalisées sur la station et la copie des preuves qu’elle a reçue (chaîne vérifiée).</p>
<p role="status" class="no-print" data-testid="fiche-status" data-state="loading">Chargement des fiches…</p>
<div id="fiches"></div>
<script type="application/json" id="fiche-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`,
  });
};
