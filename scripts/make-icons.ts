/**
 * Draws the extension's icons (16, 32, 48, 128 px PNG) without an image tool: a rounded blue
 * square with a white « T » and a check mark. Run once with `npx tsx scripts/make-icons.ts`;
 * the PNGs are committed in extension/public/icons/. Supersampled 4× for smooth edges.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodePng } from './lib/png.ts';

const SIZES = [16, 32, 48, 128];
const BLUE = [0x1d, 0x4e, 0x89];
const OUT = resolve(import.meta.dirname, '../extension/public/icons');

/** Coverage of a point in the unit square: 0 = transparent, 1 = background, 2 = glyph. */
const shape = (x: number, y: number): 0 | 1 | 2 => {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const bar = y > 0.18 && y < 0.32 && x > 0.2 && x < 0.8;
  const stem = x > 0.43 && x < 0.57 && y >= 0.32 && y < 0.62;
  // The check mark: two thick segments under the T.
  const dist = (ax: number, ay: number, bx: number, by: number) => {
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  const check = dist(0.28, 0.7, 0.42, 0.82) < 0.055 || dist(0.42, 0.82, 0.74, 0.6) < 0.055;
  return bar || stem || check ? 2 : 1;
};

const png = (size: number): Buffer => {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let glyph = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const v = shape((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (v >= 1) bg++;
          if (v === 2) glyph++;
        }
      const n = ss * ss;
      const alpha = bg / n;
      const white = bg ? glyph / bg : 0;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = Math.round(BLUE[i]! * (1 - white) + 255 * white);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return encodePng(size, size, 4, rows);
};

for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size));
