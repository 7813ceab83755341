/** A small valid PNG (solid colour, RGB) written to a temp file: the image the candidate uploads. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../../scripts/lib/png.ts';

export const writePng = (
  name: string,
  width = 320,
  height = 200,
  rgb: [number, number, number] = [160, 110, 60],
) => {
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const png = encodePng(
    width,
    height,
    3,
    Array.from({ length: height }, () => row),
  );
  const file = join(tmpdir(), `${name}-${process.pid}.png`);
  writeFileSync(file, png);
  return file;
};
