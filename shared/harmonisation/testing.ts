/** Loads a generated set into a HarmonisationSet, as the view does with files (tests, demos). */
import { HarmonisationSet, importFiles, type SourceFile } from './collection.ts';
import { type GeneratedSet, type GenerateOptions, generateHarmonisationSet } from './generate.ts';

export const asFile = (name: string, value: unknown): SourceFile => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return { name, size: text.length, text: async () => text };
};

export const filesOf = (generated: GeneratedSet, { bundles = true, packages = false } = {}): SourceFile[] => [
  ...generated.assessments.map((a) => asFile(`${a.id}.json`, a)),
  ...(bundles ? generated.bundles.map((b) => asFile(b.fileName, b.bundle)) : []),
  ...(packages ? generated.packages.map((p) => asFile(`${p.subject.id}.temoin-subject.json`, p)) : []),
];

export const loadGenerated = async (
  options: GenerateOptions & { bundles?: boolean; packages?: boolean } = {},
): Promise<{ generated: GeneratedSet; set: HarmonisationSet }> => {
  const generated = await generateHarmonisationSet(options);
  const set = new HarmonisationSet();
  await importFiles(set, filesOf(generated, options));
  return { generated, set };
};
