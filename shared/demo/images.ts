/**
 * Annex images of the demo subjects, written as SVG source so they stay readable and
 * reviewable, and embedded as base64 data URLs so a subject package stays one file.
 */

/** `data:image/svg+xml;base64,…` of an SVG document (UTF-8, so accents survive). */
export const svgDataUrl = (svg: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
};

/** Banner of the spring organic green-tea range: a tea leaf and the shop's name. */
export const SPRING_BANNER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="400" viewBox="0 0 600 200">
  <rect width="600" height="200" fill="#f4efe1"/>
  <rect x="0" y="184" width="600" height="16" fill="#4f7a3a"/>
  <circle cx="105" cy="95" r="72" fill="#dbe8c6"/>
  <path d="M62 138 C52 82 98 38 158 42 C160 100 120 140 62 138 Z" fill="#4f7a3a"/>
  <path d="M68 132 C92 108 118 82 150 50" stroke="#e9f1dc" stroke-width="3" fill="none" stroke-linecap="round"/>
  <path d="M96 104 L82 84 M114 86 L102 66 M106 96 L130 92 M124 76 L146 70" stroke="#e9f1dc" stroke-width="2" stroke-linecap="round"/>
  <text x="200" y="84" font-family="Georgia, serif" font-size="34" fill="#2f4a24">Les Jardins d’Oléane</text>
  <text x="202" y="120" font-family="Helvetica, Arial, sans-serif" font-size="19" fill="#4f7a3a">Thés verts bio · récolte de printemps</text>
  <text x="202" y="150" font-family="Helvetica, Arial, sans-serif" font-size="14" fill="#6d6a58">Boutique et salon de dégustation · Annecy</text>
</svg>
`;

/** Product visual: the 100 g kraft pouch of organic Gyokuro. */
export const GYOKURO_POUCH_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800" viewBox="0 0 400 400">
  <rect width="400" height="400" fill="#f7f4ec"/>
  <ellipse cx="200" cy="352" rx="120" ry="14" fill="#e3ddcb"/>
  <path d="M112 78 L288 78 L300 340 L100 340 Z" fill="#c9a877"/>
  <rect x="112" y="66" width="176" height="20" rx="3" fill="#b8955f"/>
  <rect x="136" y="150" width="128" height="136" rx="6" fill="#fbf8f0"/>
  <path d="M180 246 C176 220 190 198 222 196 C224 226 206 246 180 246 Z" fill="#4f7a3a"/>
  <path d="M184 241 C194 229 206 215 218 201" stroke="#e9f1dc" stroke-width="2" fill="none"/>
  <text x="200" y="180" font-family="Georgia, serif" font-size="15" fill="#2f4a24" text-anchor="middle">Gyokuro bio</text>
  <text x="200" y="264" font-family="Helvetica, Arial, sans-serif" font-size="11" fill="#4f7a3a" text-anchor="middle">Japon · Yame · 100 g</text>
  <text x="200" y="279" font-family="Helvetica, Arial, sans-serif" font-size="9" fill="#6d6a58" text-anchor="middle">Les Jardins d’Oléane</text>
  <circle cx="258" cy="120" r="18" fill="#4f7a3a"/>
  <text x="258" y="125" font-family="Helvetica, Arial, sans-serif" font-size="13" font-weight="bold" fill="#ffffff" text-anchor="middle">AB</text>
</svg>
`;
