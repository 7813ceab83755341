/**
 * Patterns in rules come from files written by people: a pattern that can backtrack
 * exponentially (`(a+)+`, `(a|aa)*`) would freeze the examiner's screen. We accept a safe
 * subset: bounded length, no backreferences or lookarounds, no quantified group that itself
 * contains a quantifier (`?` included: `(a?a?)+` is as bad as `(a|aa)+`) or an alternation.
 */
export type PatternVerdict = { ok: true } | { ok: false; reason: { fr: string; en: string } };

const refuse = (fr: string, en: string): PatternVerdict => ({ ok: false, reason: { fr, en } });

const MAX_LENGTH = 200;

const MAX_UNBOUNDED = 2;

type Atom = { text: string; unbounded: boolean; quantified: boolean };

/**
 * The pattern as a flat list of atoms (a character, an escape, a class, or a group boundary),
 * each with the quantifier that follows it. Enough to count repetitions and see adjacent ones.
 */
const atomsOf = (pattern: string): Atom[] => {
  const atoms: Atom[] = [];
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    const start = i;
    if (char === '\\') i += 1;
    else if (char === '[') {
      i += 1;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (char === '*' || char === '+' || char === '?') {
      const last = atoms[atoms.length - 1];
      if (last) {
        last.quantified = true;
        last.unbounded ||= char !== '?';
      }
      continue;
    } else if (char === '{') {
      const match = /^\{\s*\d+\s*(,\s*(\d*)\s*)?\}/.exec(pattern.slice(i));
      const last = atoms[atoms.length - 1];
      if (match && last) {
        last.quantified = true;
        last.unbounded ||= match[1] !== undefined && match[2] === '';
        i += match[0].length - 1;
        continue;
      }
    }
    atoms.push({ text: pattern.slice(start, i + 1), unbounded: false, quantified: false });
  }
  return atoms;
};

/** Unbounded repetitions, and whether two follow each other with nothing fixed between them. */
const repetitions = (pattern: string) => {
  const atoms = atomsOf(pattern);
  let count = 0;
  let adjacent = false;
  atoms.forEach((atom, i) => {
    if (!atom.unbounded) return;
    count += 1;
    // Two repetitions in a row backtrack when they can match the same characters.
    const next = atoms[i + 1];
    if (next?.unbounded && (atom.text === '.' || next.text === '.' || atom.text === next.text))
      adjacent = true;
  });
  return { count, adjacent };
};

export const checkPattern = (pattern: string, flags = ''): PatternVerdict => {
  if (pattern.length > MAX_LENGTH)
    return refuse(`plus de ${MAX_LENGTH} caractères`, `longer than ${MAX_LENGTH} characters`);
  // `\1` or `\k<name>`, but not `\\1` (an escaped backslash, then the digit).
  if (/(?:^|[^\\])(?:\\\\)*\\(?:[1-9]|k<)/.test(pattern)) return refuse('référence arrière', 'backreference');
  if (/\(\?<?[=!]/.test(pattern)) return refuse('assertion avant/arrière', 'lookaround');
  if (/\{\s*(\d+\s*,\s*)?\d{4,}/.test(pattern))
    return refuse('répétition trop grande', 'repetition too large');
  // Walk groups: a quantified group must not contain a quantifier or an alternation.
  const stack: { risky: boolean }[] = [];
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (char === '[') {
      // Skip a character class: quantifiers inside are literals.
      i += 1;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      continue;
    }
    if (char === '(') {
      stack.push({ risky: false });
      // `(?:` and `(?<name>`: this `?` opens a group, it quantifies nothing.
      if (pattern[i + 1] === '?') i += 1;
    } else if (char === ')') {
      const group = stack.pop();
      if (!group) return refuse('parenthèses déséquilibrées', 'unbalanced parentheses');
      const next = pattern[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      if (group.risky && quantified && next !== '?')
        return refuse('quantificateurs imbriqués', 'nested quantifiers');
      if (stack.length > 0 && (group.risky || quantified)) stack[stack.length - 1]!.risky = true;
    } else if (
      (char === '*' || char === '+' || char === '?' || char === '{' || char === '|') &&
      stack.length > 0
    ) {
      stack[stack.length - 1]!.risky = true;
    }
  }
  if (stack.length > 0) return refuse('parenthèses déséquilibrées', 'unbalanced parentheses');
  // Several unbounded repetitions in a row backtrack polynomially (`a*a*a*b` takes seconds on
  // a few hundred characters): two are enough for what rules match (« thé.*vert.*bio »).
  const { count, adjacent } = repetitions(pattern);
  if (count > MAX_UNBOUNDED)
    return refuse(
      `plus de ${MAX_UNBOUNDED} répétitions illimitées (*, +, {n,})`,
      `more than ${MAX_UNBOUNDED} unbounded repetitions (*, +, {n,})`,
    );
  if (adjacent)
    return refuse('deux répétitions illimitées qui se suivent', 'two unbounded repetitions in a row');
  try {
    new RegExp(pattern, flags);
  } catch {
    return refuse('syntaxe invalide', 'invalid syntax');
  }
  return { ok: true };
};
