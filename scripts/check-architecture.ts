/**
 * `npm run check:architecture` (part of `npm run lint`): the boundaries between the
 * applications, import circles and file sizes. Exits 1 with one line per problem.
 */
import { fileURLToPath } from 'node:url';
import { ALLOWED } from './architecture/allowed.ts';
import { checkArchitecture } from './architecture/check.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const violations = checkArchitecture(root);
for (const { rule, file, line, message } of violations) console.error(`${file}:${line}  ${rule}  ${message}`);
if (violations.length > 0) {
  console.error(
    `\n${violations.length} architecture problem(s); the rules are in docs/adr/0005-runtimes-and-boundaries.md.`,
  );
  process.exit(1);
}
console.log(
  `architecture: boundaries, import circles and file sizes hold (${ALLOWED.length} known exception(s)).`,
);
