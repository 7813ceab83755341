/**
 * Writes the demo subject packages to demo/subjects/<subject-id>.temoin-subject.json.
 *
 *   npx tsx scripts/build-demo-packages.ts           # (re)generate the files
 *   npx tsx scripts/build-demo-packages.ts --check   # exit 1 if a committed file is stale
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildDemoPackages,
  DEMO_PACKAGES_DIR,
  packageFileName,
  serializePackage,
} from '../shared/demo/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputDir = join(root, DEMO_PACKAGES_DIR);
const check = process.argv.includes('--check');

const readOrNull = async (path: string): Promise<string | null> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const main = async (): Promise<number> => {
  const packages = await buildDemoPackages();
  let stale = 0;
  if (!check) await mkdir(outputDir, { recursive: true });
  for (const pkg of packages) {
    const path = join(outputDir, packageFileName(pkg));
    const shown = relative(root, path);
    const expected = serializePackage(pkg);
    const current = await readOrNull(path);
    if (current === expected) {
      console.log(`up to date  ${shown}`);
      continue;
    }
    if (check) {
      stale += 1;
      console.error(`${current === null ? 'missing' : 'stale'}  ${shown}`);
      continue;
    }
    await writeFile(path, expected, 'utf8');
    console.log(`written     ${shown}  (sha256-jcs ${pkg.hash.value.slice(0, 12)}…)`);
  }
  if (stale > 0)
    console.error(`${stale} demo package(s) out of date: run npx tsx scripts/build-demo-packages.ts`);
  return stale > 0 ? 1 : 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
