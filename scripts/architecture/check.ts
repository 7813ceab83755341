/**
 * All architecture checks over a repository tree: boundaries, import circles, file sizes.
 * `scripts/check-architecture.ts` runs it on the repository (`npm run lint`, hence `npm test`);
 * its unit test runs it on fixture trees to prove a wrong import fails.
 */
import { ALLOWED, type Exception } from './allowed.ts';
import {
  importViolations,
  messageTypesOf,
  PROTOCOL_FILE,
  protocolViolations,
  type Violation,
} from './boundaries.ts';
import { importCircles } from './cycles.ts';
import { MAX_LINES, oversizedFiles } from './file-size.ts';
import { APP_ROOTS, importsOf, readSources } from './sources.ts';

export type { Violation };

export interface CheckOptions {
  allowed?: readonly Exception[];
}

export const checkArchitecture = (root: string, { allowed = ALLOWED }: CheckOptions = {}): Violation[] => {
  const files = readSources(root, APP_ROOTS);
  const known = new Set(files.map((file) => file.path));
  const violations: Violation[] = [];
  const graph = new Map<string, string[]>();

  const protocol = files.find((file) => file.path === PROTOCOL_FILE);
  const messageTypes = protocol ? messageTypesOf(protocol.text) : [];
  if (protocol && messageTypes.length === 0)
    violations.push({
      rule: 'grid-editor-speaks-no-protocol',
      file: PROTOCOL_FILE,
      line: 1,
      message: 'no message type found (`type: z.literal(…)`): update messageTypesOf in scripts/architecture',
    });

  for (const file of files) {
    const imports = importsOf(file, known);
    graph.set(
      file.path,
      imports.flatMap((entry) => (entry.target && known.has(entry.target) ? [entry.target] : [])),
    );
    violations.push(...importViolations(file, imports), ...protocolViolations(file, messageTypes));
  }

  for (const circle of importCircles(graph))
    violations.push({
      rule: 'no-import-circle',
      file: circle[0]!,
      line: 1,
      message: `import circle: ${circle.join(' → ')} → ${circle[0]}`,
    });

  const sizes = [...files, ...readSources(root, ['scripts'])];
  for (const { file, lines } of oversizedFiles(sizes))
    violations.push({
      rule: 'file-size',
      file,
      line: lines,
      message: `${lines} lines, more than ${MAX_LINES}`,
    });

  const isAllowed = (violation: Violation) =>
    allowed.some((entry) => entry.rule === violation.rule && entry.file === violation.file);
  const kept = violations.filter((violation) => !isAllowed(violation));
  for (const entry of allowed)
    if (!violations.some((violation) => violation.rule === entry.rule && violation.file === entry.file))
      kept.push({
        rule: entry.rule,
        file: entry.file,
        line: 1,
        message: 'allowed in scripts/architecture/allowed.ts but no longer needed: delete that entry',
      });
  return kept;
};
