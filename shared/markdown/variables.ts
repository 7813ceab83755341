/**
 * `{{variable}}` placeholders of a subject's texts and the one check on link targets, shared
 * by the Markdown renderer (shared/markdown/render.ts) and by the texts shown as plain text
 * (annexes, titles): the candidate's overlay and the designer's preview use these, so the
 * designer sees what the candidate will.
 */
export type Variables = Readonly<Record<string, string>>;

export const variableMap = (variables: readonly { name: string; value: string }[]): Variables =>
  Object.fromEntries(variables.map(({ name, value }) => [name, value]));

export const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/y;
const PLACEHOLDERS = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

export const lookup = (variables: Variables, name: string): string | undefined =>
  Object.hasOwn(variables, name) ? variables[name] : undefined;

/** Replaces known `{{name}}` placeholders; unknown ones stay visible, as the designer wrote them. */
export const substitute = (text: string, variables: Variables): string =>
  text.replace(PLACEHOLDERS, (whole, name: string) => lookup(variables, name) ?? whole);

/** Only absolute http(s) URLs become links; everything else (javascript:, data:, relative) is refused. */
export const safeHref = (url: string): string | null => {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
};
