/** A problem with what the user asked for: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** "option: given 'value'; expected what" — the one shape every bad-input message takes. */
export function badValue(option: string, given: unknown, expected: string, hint?: string): UsageError {
  const shown = typeof given === 'string' ? `'${given}'` : String(given);
  return new UsageError(`${option}: got ${shown}; expected ${expected}${hint ? ` (${hint})` : ''}`);
}

/** Damerau-free Levenshtein distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The candidates closest to `word`, best first; empty when nothing is close. */
export function nearest(word: string, candidates: readonly string[], max = 3): string[] {
  const w = word.toLowerCase();
  const limit = Math.max(2, Math.floor(w.length / 2));
  return [...new Set(candidates)]
    .map((c) => {
      const lc = c.toLowerCase();
      const d = lc.startsWith(w) || w.startsWith(lc) || (w.length >= 3 && lc.includes(w)) ? 1 : editDistance(w, lc);
      return { c, d };
    })
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map(({ c }) => c);
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const near = nearest(word, candidates);
  return near.length ? `did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : undefined;
}
