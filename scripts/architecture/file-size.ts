/**
 * No source file over `MAX_LINES` lines: past that, a module does more than one thing and
 * nobody reads it whole. Tests, fixtures and test helpers are exempt (a scenario may be long).
 */
import { isTestFile, type SourceFile } from './sources.ts';

export const MAX_LINES = 450;

export const lineCount = (text: string): number => {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
};

/** Files over the limit, longest first. */
export const oversizedFiles = (files: readonly SourceFile[]): { file: string; lines: number }[] =>
  files
    .filter((file) => !isTestFile(file.path))
    .map((file) => ({ file: file.path, lines: lineCount(file.text) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .sort((a, b) => b.lines - a.lines);
