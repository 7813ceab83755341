/**
 * The library's rules tell wrong work from missing work, as the demo subjects do (issue 14):
 * filler, stuffing and a curt reply cap the level; a wrong end date costs its share.
 */
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../schema/event.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { evaluate } from '../evaluate.ts';
import { events, makeSubject, post } from '../fixtures.ts';
import { CASE_VARIABLES } from './cases.ts';
import { libraryRule } from './index.ts';

const questionOf = (rule: EvidenceRuleInput, list: CaptureEvent[]) =>
  evaluate(makeSubject([{ criteria: rule.criteria, rules: [rule] }], { variables: CASE_VARIABLES }), list)
    .questions[0]!;

const FILLER = Array.from({ length: 30 }, () => 'Notre thé vert bio est très bon.').join(' ');
const META =
  'Découvrez notre thé vert bio de première récolte : six thés sélectionnés au Japon et en Chine, goûtés et analysés, à infuser à 70 °C.';
const STUFFED =
  'Thé vert bio : le thé vert bio de printemps, un thé vert bio japonais, le meilleur thé vert bio.';

describe('library rules: wrong work caps the level', () => {
  it('a product summary or an article that claims a tea slims or cures is at most I; facts are not claims', () => {
    const summary = (shortDescription: string) =>
      questionOf(
        libraryRule('product.keywordInShortDescription'),
        events((s) =>
          s.add('commerce.productSaved', { productId: '22', name: 'Gyokuro', price: 9.9, shortDescription }),
        ),
      );
    const claim = summary('Thé vert bio de Yame qui fait maigrir et renforce les défenses immunitaires.');
    expect(claim.level).toBe('I');
    expect(claim.explanation).toContain('aucune allégation de santé interdite');
    expect(summary('Thé vert bio de Yame, riche en antioxydants, à infuser à 60 °C.').level).toBe('TS');
    const article = (text: string) =>
      questionOf(
        libraryRule('article.wordsAtLeast'),
        events((s) => s.add('content.published', post({ wordCount: 200, text }))),
      );
    const varied =
      'Les premiers thés verts bio de la saison arrivent du Japon et de Chine. Le Sencha offre une tasse vive et iodée ; le Gyokuro, ombré trois semaines, développe une douceur ronde. Infusez-les entre 60 et 80 °C, deux minutes environ, dans une eau peu calcaire. Venez les goûter samedi à la boutique d’Annecy, où nos conseillers vous expliqueront chaque récolte.';
    expect(article(varied).level).toBe('TS');
    expect(article(`${varied} Une cure détox de thé vert guérit la fatigue.`).level).toBe('I');
  });

  it('an article of repeated filler sentences is at most I, however many words it counts', () => {
    const rule = libraryRule('article.wordsAtLeast');
    const filler = questionOf(
      rule,
      events((s) => s.add('content.published', post({ wordCount: 300, text: FILLER }))),
    );
    expect(filler.level).toBe('I');
    expect(filler.explanation).toContain('limité à I');
    expect(filler.explanation).toContain('texte sans remplissage');
  });

  it('a meta description repeating the expression four times is at most S; once is TS', () => {
    const rule = libraryRule('article.keywordInMetaDescription');
    const with_ = (metaDescription: string) =>
      questionOf(
        rule,
        events((s) => s.add('content.published', post({ seo: { metaDescription } }))),
      ).level;
    expect(with_(STUFFED)).toBe('S');
    expect(with_(META)).toBe('TS');
  });

  it('a precise reply with no greeting, thanks or closing is at most S, unless the designer waives it', () => {
    const curt = 'Eau à 75 °C, 2 g de matcha pour 7 cl, fouettez en zigzag au fouet en bambou.';
    const polite = `Bonjour Julien, merci pour votre question ! ${curt}`;
    const reply = (rule: EvidenceRuleInput, text: string) =>
      questionOf(
        rule,
        events((s) => s.add('comment.replied', { commentId: '31', parentId: '30', text })),
      ).level;
    expect(reply(libraryRule('comment.replied'), curt)).toBe('S');
    expect(reply(libraryRule('comment.replied'), polite)).toBe('TS');
    expect(reply(libraryRule('comment.replied', { courtesy: false }), curt)).toBe('TS');
  });

  it('a polite reply in telegraphic notes is at most S; the same advice in sentences is TS', () => {
    const reply = (text: string) =>
      questionOf(
        libraryRule('comment.replied'),
        events((s) => s.add('comment.replied', { commentId: '31', parentId: '30', text })),
      );
    const notes = reply(
      'Bonjour Julien, merci ! Matcha : eau 75-80 °C, 1-2 g / 7 cl, fouet bambou zigzag 15 s, bol préchauffé, pas eau bouillante, tamiser poudre avant, boire vite, conserver frigo boîte fermée 1 mois max. Cordialement, Les Jardins d’Oléane',
    );
    expect(notes.level).toBe('S');
    expect(notes.explanation).toContain('réponse rédigée en phrases');
    expect(
      reply(
        'Bonjour Julien, merci pour votre question ! Pour un matcha réussi, chauffez l’eau à 75 ou 80 °C, jamais bouillante, et comptez 1 à 2 g de poudre pour 7 cl. Tamisez la poudre dans un bol préchauffé, puis fouettez en zigzag avec un fouet en bambou pendant une quinzaine de secondes. Cordialement, Les Jardins d’Oléane',
      ).level,
    ).toBe('TS');
  });

  it('a reply in text-message shorthand is at most I; words that merely begin with the same letters are not', () => {
    const reply = (text: string) =>
      questionOf(
        libraryRule('comment.replied'),
        events((s) => s.add('comment.replied', { commentId: '31', parentId: '30', text })),
      );
    const sms = reply(
      'Bjr Julien, dsl pr le retard : eau à 80 °C, 2 g, fouet en bambou. Bonne dégustation !',
    );
    expect(sms.level).toBe('I');
    expect(sms.explanation).toContain('langage SMS');
    expect(
      reply('Bonjour Julien, merci ! Comme prévu, prenez une eau à 80 °C et 2 g de poudre, au fouet.').level,
    ).toBe('TS');
  });

  it('a polite reply that blames the customer is at most I; informing her of the conditions is not blame', () => {
    const reply = (text: string) =>
      questionOf(
        libraryRule('comment.replied'),
        events((s) => s.add('comment.replied', { commentId: '31', parentId: '30', text })),
      );
    const blaming = reply(
      'Bonjour Madame, vous auriez dû lire nos CGV avant de commander : le retour est à vos frais. Cordialement.',
    );
    expect(blaming.level).toBe('I');
    expect(blaming.explanation).toContain('aucun reproche adressé au client');
    expect(
      reply(
        'Bonjour Madame, comme indiqué dans nos conditions, vous disposez de 14 jours pour nous retourner le produit. Cordialement.',
      ).level,
    ).toBe('TS');
  });

  it('an answer posted as a new comment instead of under the comment counts, at most S', () => {
    const text = 'Bonjour Léa, merci pour votre retour ! Nous vous attendons à la boutique samedi.';
    const answer = (kind: 'comment.replied' | 'comment.posted') =>
      questionOf(
        libraryRule('comment.replied'),
        events((s) =>
          kind === 'comment.replied'
            ? s.add(kind, { commentId: '31', parentId: '30', text })
            : s.add(kind, { commentId: 'posted-on-12@1', postId: '12', text }),
        ),
      );
    expect(answer('comment.replied').level).toBe('TS');
    const apart = answer('comment.posted');
    expect(apart.level).toBe('S');
    expect(apart.explanation).toContain('réponse publiée sous le commentaire');
  });

  it('a voucher ending on another day than asked costs its share; the same day in any format holds', () => {
    const rule = libraryRule('voucher.created', { percent: 5, until: '2026-05-31' });
    const voucher = (validTo: string) =>
      questionOf(
        rule,
        events((s) => s.add('commerce.voucherCreated', { code: 'OLEANE5', reductionPercent: 5, validTo })),
      );
    expect(voucher('31/05/2026').level).toBe('TS');
    const wrong = voucher('2026-04-30');
    expect(wrong.level).not.toBe('TS');
    expect(wrong.rules[0]!.degree).toBeGreaterThan(0);
  });

  it('a voucher « valable à partir d’aujourd’hui » that starts next year costs its share', () => {
    const rule = libraryRule('voucher.created', { percent: 5, startsNow: true });
    // The fixtures' session runs on 20 May 2025.
    const voucher = (validFrom: string) =>
      questionOf(
        rule,
        events((s) => s.add('commerce.voucherCreated', { code: 'OLEANE5', reductionPercent: 5, validFrom })),
      );
    expect(voucher('2025-05-20').level).toBe('TS');
    const later = voucher('2026-05-20');
    expect(later.level).not.toBe('TS');
    expect(later.rules[0]!.checks.find((check) => check.held === false)?.label).toContain('déjà en vigueur');
  });

  it('notes of filler are at most I even when they name what is asked', () => {
    const rule = libraryRule('note.written', { questionId: 'q5', minWords: 20, values: 'conversion' });
    const text = Array.from({ length: 12 }, () => 'Le taux de conversion est important pour nous.').join(' ');
    const notes = evaluate(
      makeSubject([{ id: 'q5', criteria: rule.criteria, rules: [rule] }], { variables: CASE_VARIABLES }),
      events((s) => s.add('task.noteSaved', { questionId: 'q5', text, length: text.length })),
    ).questions[0]!;
    expect(notes.level).toBe('I');
  });

  it('notes that recopy the question do not count; the same points in the candidate’s words do', () => {
    const rule = libraryRule('note.written', { questionId: 'q1', minWords: 15 });
    const instructions =
      'Dans les notes de cette question, rédigez une recommandation d’au moins 40 mots sur les obligations du blog en matière de données personnelles (RGPD) : information sous le formulaire de commentaire, politique de confidentialité, durée de conservation des adresses e-mail.';
    const notes = (text: string) =>
      evaluate(
        makeSubject([{ criteria: rule.criteria, rules: [rule], instructions }], {
          variables: CASE_VARIABLES,
        }),
        events((s) => s.add('task.noteSaved', { questionId: 'q1', text, length: text.length })),
      ).questions[0]!;
    const copied = notes(
      'Obligations du blog en matière de données personnelles (RGPD) : information sous le formulaire de commentaire, politique de confidentialité, durée de conservation des adresses e-mail.',
    );
    expect(copied.level).toBe('TI');
    const own = notes(
      'Le blog collecte le nom et l’adresse e-mail de chaque commentateur : il faut donc l’informer juste sous le formulaire, publier une politique de confidentialité claire et supprimer ces adresses au bout de trois ans au plus.',
    );
    expect(own.level).toBe('TS');
  });
});
