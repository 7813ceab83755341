/**
 * The e-commerce demo subject's shop rules (a CMS page, an order status, a category) are met
 * by what the shop detectors derive from real request shapes: PrestaShop (the national
 * context) and EverShop (the shop `npm run test:sites` drives), not only by the demo site.
 */
import { describe, expect, it } from 'vitest';
import {
  Q2_CMS_PAGE,
  Q4_ORDER_STATUS,
  Q5_CATEGORY,
} from '../../shared/demo/subjects/ecommerce-a-shop-rules.ts';
import { evaluateCondition } from '../../shared/rules/conditions.ts';
import { markupFactsFromHtml } from './markup.ts';
import { derive, loadFixture, readFixtureText } from './testing.ts';
import type { DerivedEvent, PageObservation, RequestObservation } from './types.ts';

type ShopRule = typeof Q2_CMS_PAGE | typeof Q4_ORDER_STATUS | typeof Q5_CATEGORY;

const VARIABLES = new Map([['voucher', 'OLEANE5']]);
const meets = (rule: ShopRule, events: readonly DerivedEvent[]): boolean =>
  events.some(
    (event) =>
      event.kind === rule.kind &&
      rule.where.every((condition) => evaluateCondition(condition as never, event, VARIABLES)),
  );

/** The EverShop page save of the fixture, its paragraph replaced by `text` (same request shape). */
const evershopPage = (text: string): RequestObservation => {
  const save = loadFixture('evershop/catalog-cms-orders.json').observations[2] as RequestObservation;
  const body = JSON.parse(JSON.stringify(save.body)) as {
    content: { columns: { data: { blocks: { data: { text: string } }[] } }[] }[];
  };
  body.content[0]!.columns[0]!.data.blocks[0]!.data.text = text;
  return { ...save, body: body as never };
};
const SPRING_OFFER =
  'Pour fêter la nouvelle récolte, Les Jardins d’Oléane lancent le Printemps des thés verts bio. Avec le code OLEANE5, vous bénéficiez de 5 % de réduction sur le montant de votre commande. Conditions de l’offre : code valable dès aujourd’hui et jusqu’au 31 mai, utilisable une seule fois par client et réservé aux 30 premiers paniers. Profitez-en pour découvrir le Gyokuro de Yame, le Sencha de Shizuoka et le Long Jing du Zhejiang, sélectionnés auprès de petits producteurs et conditionnés dans notre atelier d’Annecy. Nos conseillers restent à votre écoute en boutique pour vous guider.';

describe('e-commerce demo subject on real shop events', () => {
  it('EverShop: the spring CMS page and category meet questions 2 and 5', () => {
    const events = derive(loadFixture('evershop/catalog-cms-orders.json').observations, ['commerce']);
    // The fixture's page speaks of the range, not of the offer: no code, no conditions.
    expect(meets(Q2_CMS_PAGE, events)).toBe(false);
    expect(meets(Q2_CMS_PAGE, derive([evershopPage(SPRING_OFFER)], ['commerce']))).toBe(true);
    expect(meets(Q5_CATEGORY, events)).toBe(true);
    // EverShop has no « Retour accepté » status: question 4 stays for the examiner there.
    expect(meets(Q4_ORDER_STATUS, events)).toBe(false);
  });

  it('PrestaShop: the order set to « Retour accepté », named by the order page, meets question 4', () => {
    const change = loadFixture('prestashop/catalog-orders-customers.json')
      .observations[4] as RequestObservation;
    const page: PageObservation = {
      type: 'page',
      url: 'http://127.0.0.1:8080/admin123/index.php/sell/orders/7/view',
      time: change.time + 700,
      title: 'Commandes',
      markup: markupFactsFromHtml(readFixtureText('prestashop/order-view-history.html')),
    };
    expect(meets(Q4_ORDER_STATUS, derive([change], ['prestashop']))).toBe(false);
    expect(meets(Q4_ORDER_STATUS, derive([change, page], ['prestashop']))).toBe(true);
  });
});
