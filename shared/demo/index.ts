/**
 * The demo subjects of the bundled reference site « Les Jardins d’Oléane », and the subject
 * packages built from them (committed under demo/subjects/ by scripts/build-demo-packages.ts).
 */
import { buildSubjectPackage } from '../bundle/package-hash.ts';
import { catalogueFor, DEFAULT_GRID } from '../grid/index.ts';
import {
  describeProblem,
  type Problem,
  parse,
  type SubjectInput,
  type SubjectPackage,
} from '../schema/index.ts';
import { DEMO_ECOMMERCE_A } from './subjects/ecommerce-a.ts';
import { DEMO_WORDPRESS_A } from './subjects/wordpress-a.ts';

export { DEMO_ECOMMERCE_A } from './subjects/ecommerce-a.ts';
export { DEMO_WORDPRESS_A } from './subjects/wordpress-a.ts';

export const DEMO_SUBJECTS: readonly SubjectInput[] = [DEMO_WORDPRESS_A, DEMO_ECOMMERCE_A];

/** Folder of the committed packages, relative to the repository root. */
export const DEMO_PACKAGES_DIR = 'demo/subjects';

const fail = (what: string, problems: readonly Problem[]): never => {
  throw new Error(`${what}:\n${problems.map((p) => `  ${describeProblem(p, 'en')}`).join('\n')}`);
};

/**
 * Builds one subject's package. Every document goes through its schema first, so the hash is
 * taken over the normalised form (defaults filled in) that a reader gets back after import.
 */
export const buildDemoPackage = async (input: SubjectInput): Promise<SubjectPackage> => {
  const grid = parse('grid', DEFAULT_GRID);
  if (!grid.ok) return fail('default grid', grid.problems);
  const catalogueInput = catalogueFor(input.cms);
  if (!catalogueInput) throw new Error(`no catalogue for cms "${input.cms}" (subject ${input.id})`);
  const catalogue = parse('catalogue', catalogueInput);
  if (!catalogue.ok) return fail(`catalogue ${catalogueInput.id}`, catalogue.problems);
  const subject = parse('subject', input, { grid: grid.value, catalogue: catalogue.value });
  if (!subject.ok) return fail(`subject ${input.id}`, subject.problems);
  return buildSubjectPackage({ grid: grid.value, catalogue: catalogue.value, subject: subject.value });
};

export const buildDemoPackages = (): Promise<SubjectPackage[]> =>
  Promise.all(DEMO_SUBJECTS.map(buildDemoPackage));

/** `<subject-id>.temoin-subject.json` */
export const packageFileName = (pkg: SubjectPackage): string => `${pkg.subject.id}.temoin-subject.json`;

/** The committed form: pretty JSON, two spaces, trailing newline. */
export const serializePackage = (pkg: SubjectPackage): string => `${JSON.stringify(pkg, null, 2)}\n`;
