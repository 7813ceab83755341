/**
 * Patterns in rules come from files written by people: a pattern that can backtrack
 * exponentially (`(a+)+`, `(a|aa)*`) would freeze the examiner's screen. We accept a safe
 * subset: bounded length, no backreferences or lookarounds, no quantified group that itself
 * contains a quantifier (`?` included: `(a?a?)+` is as bad as `(a|aa)+`) or an alternation.
 */
export type PatternVerdict = { ok: true } | { ok: false; reason: { fr: string; en: string } };

const refuse = (fr: string, en: string): PatternVerdict => ({ ok: false, reason: { fr, en } });

const MAX_LENGTH = 200;

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
  try {
    new RegExp(pattern, flags);
  } catch {
    return refuse('syntaxe invalide', 'invalid syntax');
  }
  return { ok: true };
};
