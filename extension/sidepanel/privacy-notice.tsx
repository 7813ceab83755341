/**
 * What the candidate is told when the exam starts (RGPD art. 13): what is recorded, why, by
 * whom, for how long, what is never recorded, and whom to ask — the centre's contact comes from
 * the managed configuration.
 */
import type { Locale } from '../i18n/messages.ts';

export interface PrivacyNoticeProps {
  locale: Locale;
  centreName?: string;
  contact?: string;
  retentionDays: number;
  open: boolean;
}

export const PrivacyNotice = ({ locale, centreName, contact, retentionDays, open }: PrivacyNoticeProps) => {
  const fr = locale === 'fr';
  const centre = centreName ?? (fr ? 'le centre d’examen' : 'the exam centre');
  const who = contact ?? (fr ? 'le responsable du centre d’examen' : 'the head of the exam centre');
  return (
    <details class="notice" data-testid="rgpd-notice" open={open}>
      <summary>{fr ? 'Vos données pendant l’épreuve' : 'Your data during the exam'}</summary>
      <ul>
        <li>
          <strong>{fr ? 'Enregistré : ' : 'Recorded: '}</strong>
          {fr
            ? 'les pages du site de référence que vous visitez, vos clics, les champs que vous modifiez et les formulaires envoyés, les échanges avec ce site, l’état des questions et vos notes. Rien hors du site de référence, ni écran, ni webcam, ni micro.'
            : 'the reference site pages you visit, your clicks, the fields you change and the forms you send, the exchanges with that site, the questions’ state and your notes. Nothing outside the reference site, no screen, webcam or microphone.'}
        </li>
        <li>
          <strong>{fr ? 'Jamais enregistré : ' : 'Never recorded: '}</strong>
          {fr
            ? 'mots de passe, numéros de carte bancaire, cryptogrammes, IBAN.'
            : 'passwords, card numbers, security codes, IBANs.'}
        </li>
        <li>
          <strong>{fr ? 'Pourquoi : ' : 'Why: '}</strong>
          {fr
            ? 'servir de preuve à l’évaluation de votre épreuve E5 (mission d’intérêt public de l’examen).'
            : 'to serve as evidence for the assessment of your E5 exam (the exam’s public-interest task).'}
        </li>
        <li>
          <strong>{fr ? 'Par qui : ' : 'By whom: '}</strong>
          {fr
            ? `${centre} ; seuls les examinateurs de votre commission et la commission d’harmonisation y ont accès.`
            : `${centre}; only your commission’s examiners and the harmonisation board see it.`}
        </li>
        <li>
          <strong>{fr ? 'Combien de temps : ' : 'How long: '}</strong>
          {fr
            ? `sur ce poste jusqu’à l’export des preuves, au plus ${retentionDays} jours ; ensuite avec les copies d’examen.`
            : `on this workstation until the evidence is exported, ${retentionDays} days at most; then with the exam papers.`}
        </li>
        <li data-testid="rgpd-contact">
          <strong>
            {fr
              ? 'Vos droits (accès, rectification, limitation) : '
              : 'Your rights (access, rectification, restriction): '}
          </strong>
          {who}
        </li>
      </ul>
    </details>
  );
};
