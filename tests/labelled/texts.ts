/**
 * Article bodies of the labelled candidates: the annex pasted as is, a reformulation in plain
 * paragraphs, and a reformulation structured with intertitles, a list and a call to action.
 */
import { DEMO_WORDPRESS_A } from '../../shared/demo/subjects/wordpress-a.ts';

const annex = DEMO_WORDPRESS_A.annexes.find((item) => item.id === 'annexe-1-texte');
export const ANNEX_ARTICLE: string = (annex && 'text' in annex ? annex.text : undefined) ?? '';

export const PLAIN_ARTICLE = [
  'Le printemps est toujours une fête dans notre boutique de la vieille ville d’Annecy : les premières récoltes arrivent enfin. Cette année, nous avons choisi six thés verts bio auprès de petits producteurs japonais et chinois que nous connaissons bien.',
  'Ces thés poussent dans des jardins sans pesticides ni engrais chimiques, à Shizuoka, Kagoshima ou Yame au Japon, et dans le Zhejiang en Chine. Chaque lot est goûté par notre équipe puis contrôlé par un laboratoire français avant d’arriver sur nos étagères.',
  'Cueillies en avril et en mai, les jeunes feuilles donnent une boisson douce et végétale, parfois iodée. Le Sencha accompagne le quotidien, le Gyokuro ombré séduit par sa rondeur et le Genmaicha au riz grillé est parfait pour débuter avec le thé vert bio.',
  'Pour bien le préparer, choisissez une eau peu minérale, chauffée entre 60 et 85 °C selon le thé, et laissez infuser deux à trois minutes seulement. Une eau bouillante rendrait la tasse amère. Nos fiches de dégustation vous guident pour chaque variété.',
].join('\n\n');

export const FULL_ARTICLE = [
  'Le printemps est toujours une fête dans notre boutique de la vieille ville d’Annecy : les premières récoltes arrivent enfin. Cette année, nous avons choisi six thés verts bio auprès de petits producteurs japonais et chinois que nous connaissons bien.',
  '## Des jardins cultivés sans pesticides',
  'Nos thés poussent à Shizuoka, Kagoshima ou Yame au Japon, et dans le Zhejiang en Chine, sans engrais chimiques. Chaque lot est goûté par notre équipe puis contrôlé par un laboratoire français avant d’arriver sur nos étagères.',
  '## Une récolte tendre et douce',
  'Cueillies en avril et en mai, les jeunes feuilles donnent une boisson douce et végétale. Le Sencha accompagne le quotidien, le Gyokuro ombré séduit par sa rondeur et le Genmaicha au riz grillé est parfait pour débuter.',
  '## Nos repères d’infusion',
  '- Sencha bio : 75 °C, 2 minutes\n- Gyokuro bio : 60 °C, 2 minutes\n- Genmaicha bio : 80 °C, 3 minutes\n- Long Jing bio : 80 °C, 3 minutes',
  '## Venez les goûter avec nous',
  'Inscrivez-vous à notre atelier de dégustation gratuit du samedi 12 avril à 10 h, en boutique ou au 04 50 00 00 00. Avec le code OLEANE5, profitez de 5 % de réduction sur toute la gamme jusqu’au 30 avril !',
].join('\n\n');
