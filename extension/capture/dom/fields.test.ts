import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS } from '../../../shared/schema/event.ts';
import { connect, type FakeElement, h } from '../testing/fake-dom.ts';
import { changedField, formFields } from './fields.ts';

const SECRETS = {
  password: 'Sup3r-s3cret!',
  card: '4111 1111 1111 1111',
  cvc: '737',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  marked: 'my-private-note',
  centre: 'badge-9876',
  nonce: 'a1b2c3nonce',
};

const field = (label: string, attrs: Record<string, string>, value: string) => {
  const input = h('input', { ...attrs, props: { value, type: attrs.type ?? 'text' } });
  return { input, wrapper: h('p', {}, h('label', { for: attrs.id ?? '' }, label), input) };
};

/** The demo checkout, as the capture sees it. */
const checkout = () => {
  const fields = {
    prenom: field('Prénom *', { id: 'prenom', name: 'prenom' }, 'Camille'),
    email: field('E-mail', { id: 'email', name: 'email', type: 'email' }, 'camille@example.org'),
    password: field(
      'Mot de passe',
      { id: 'password', name: 'password', type: 'password', autocomplete: 'new-password' },
      SECRETS.password,
    ),
    card: field(
      'Numéro de carte',
      { id: 'cardnumber', name: 'cardnumber', autocomplete: 'cc-number' },
      SECRETS.card,
    ),
    cvc: field('Cryptogramme (CVV)', { id: 'cvc', name: 'cvc', autocomplete: 'cc-csc' }, SECRETS.cvc),
    iban: field('IBAN (prélèvement SEPA)', { id: 'iban', name: 'iban', autocomplete: 'off' }, SECRETS.iban),
    note: field('Note', { id: 'note', name: 'note' }, SECRETS.marked),
    badge: field('Badge', { id: 'badge', name: 'badge', class: 'centre-secret' }, SECRETS.centre),
  };
  const sensitiveBox = h('div', { 'data-temoin-sensitive': true }, fields.note.wrapper);
  const nonce = h('input', {
    type: 'hidden',
    name: '_wpnonce',
    props: { type: 'hidden', value: SECRETS.nonce },
  });
  const postId = h('input', { type: 'hidden', name: 'post_ID', props: { type: 'hidden', value: '12' } });
  const cgv = h('input', {
    type: 'checkbox',
    id: 'cgv',
    name: 'accepte_cgv',
    props: { type: 'checkbox', value: '1', checked: true },
  });
  const news = h('input', {
    type: 'checkbox',
    name: 'newsletter',
    props: { type: 'checkbox', value: '1', checked: false },
  });
  const disabled = h('input', { name: 'coupon', props: { value: 'X', disabled: true } });
  const other = h('button', { type: 'button', name: 'other', props: { type: 'button', value: 'x' } });
  const submit = h(
    'button',
    { type: 'submit', name: 'go', props: { type: 'submit', value: 'pay' } },
    'Payer',
  );
  const upload = h('input', {
    type: 'file',
    name: 'piece',
    props: { type: 'file', files: [{ name: 'facture.pdf', size: 2048 }] },
  });
  const form = h(
    'form',
    { id: 'checkout' },
    ...Object.values(fields)
      .filter((f) => f !== fields.note)
      .map((f) => f.wrapper),
    sensitiveBox,
    nonce,
    postId,
    cgv,
    news,
    disabled,
    upload,
    other,
    submit,
  );
  connect(form);
  const controls = [...form.descendants()].filter((e) =>
    ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(e.tagName),
  );
  return { form, fields, controls, submit, nonce };
};

const CENTRE = ['.centre-secret', 'not a [valid selector'];

const secretsIn = (value: unknown) => {
  const text = JSON.stringify(value);
  return Object.values(SECRETS).filter(
    (secret) => text.includes(secret) || text.includes(secret.replace(/\s/g, '')),
  );
};

describe('changedField', () => {
  it('records ordinary fields with label, name, type and value', () => {
    const { fields } = checkout();
    const change = changedField(fields.prenom.input, CENTRE);
    expect(change).toEqual({ name: 'prenom', label: 'Prénom', type: 'text', value: 'Camille', length: 7 });
    expect(EVENT_PAYLOADS['ui.changed'].safeParse(change).success).toBe(true);
  });

  it('masks passwords, card fields, IBANs, marked fields and centre selectors: length only', () => {
    const { fields } = checkout();
    for (const key of ['password', 'card', 'cvc', 'iban', 'note', 'badge'] as const) {
      const change = changedField(fields[key].input, CENTRE);
      expect(change.masked, key).toBe(true);
      expect(change.value, key).toBeUndefined();
      expect(change.length, key).toBe((fields[key].input.value ?? '').length);
      expect(EVENT_PAYLOADS['ui.changed'].safeParse(change).success).toBe(true);
    }
    expect(secretsIn(Object.values(fields).map((f) => changedField(f.input, CENTRE)))).toEqual([]);
  });

  it('masks a card number typed into an ordinary field', () => {
    const { input } = field('Commentaire', { id: 'c', name: 'comment' }, '4111111111111111');
    connect(h('div', {}, input));
    expect(changedField(input, [])).toMatchObject({ masked: true, length: 16 });
  });

  it('records checkboxes by value when checked, files by name and total size', () => {
    const { controls } = checkout();
    const byName = (name: string) => controls.find((c) => c.getAttribute('name') === name) as FakeElement;
    expect(changedField(byName('accepte_cgv'), [])).toMatchObject({ type: 'checkbox', value: '1' });
    expect(changedField(byName('newsletter'), [])).toMatchObject({ type: 'checkbox', value: '', length: 0 });
    expect(changedField(byName('piece'), [])).toMatchObject({
      type: 'file',
      value: 'facture.pdf',
      length: 2048,
    });
  });

  it('records contenteditable text, cut to the given text, with the full length', () => {
    const editor = h('div', { 'aria-label': 'Contenu', props: { isContentEditable: true } }, 'Bonjour');
    const change = changedField(editor, [], 'Bonjour');
    expect(change).toEqual({
      name: 'Contenu',
      label: 'Contenu',
      type: 'contenteditable',
      value: 'Bonjour',
      length: 7,
    });
  });
});

describe('formFields', () => {
  it('summarises the form data set, masked, without nonces, unchecked boxes or disabled fields', () => {
    const { controls, submit } = checkout();
    const fields = formFields(controls, submit, CENTRE);
    const names = fields.map((f) => f.name);
    expect(names).toEqual([
      'prenom',
      'email',
      'password',
      'cardnumber',
      'cvc',
      'iban',
      'badge',
      'note',
      'post_ID',
      'accepte_cgv',
      'piece',
      'go',
    ]);
    expect(fields.find((f) => f.name === 'go')).toMatchObject({ value: 'pay' });
    expect(fields.find((f) => f.name === 'piece')).toMatchObject({ value: 'facture.pdf', length: 2048 });
    expect(fields.filter((f) => f.masked).map((f) => f.name)).toEqual([
      'password',
      'cardnumber',
      'cvc',
      'iban',
      'badge',
      'note',
    ]);
    expect(secretsIn(fields)).toEqual([]);
    const payload = { action: 'http://127.0.0.1/commande/valider', method: 'POST', fields };
    expect(EVENT_PAYLOADS['form.submitted'].safeParse(payload).success).toBe(true);
  });

  it('caps the number of fields and the length of values', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      h('input', { name: `f${i}`, props: { value: 'x'.repeat(6000) } }),
    );
    const fields = formFields(many, null, []);
    expect(fields).toHaveLength(500);
    expect(fields[0]!.value).toHaveLength(5000);
    expect(fields[0]!.length).toBe(6000);
  });
});
