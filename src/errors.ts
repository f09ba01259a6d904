/**
 * Errors as data. A UsageError says which field of the options was wrong (a path of keys into FigureOptions,
 * e.g. ['panels', 1, 'xlim'], or a name of the command line's own such as '-o'), what was given and what is
 * accepted; whoever shows it words the field: the command line as its flag (--xlim), a config as the path to
 * its key (figures[3].panels[1].xlim), the API as the property path (panels[1].xlim: its message).
 */
export type FieldPath = readonly (string | number)[];

export interface UsageDetail {
  /** The value as it was given, already shown ('abc' quoted, numbers plain). */
  given?: string;
  /** What is accepted. */
  expected?: string;
  /** A suggestion: did you mean, swap them, lower --size... */
  hint?: string;
  /** A problem that is no "got X; expected Y", e.g. "cannot write 'x.png': no space left on the device". */
  problem?: string;
}

/**
 * A problem with what the user asked for: reported as one line on stderr, exit code 2. Its `field` and `detail`
 * are data; the message words them as a property path.
 *
 * @example
 *   try {
 *     documentFigure('nope');
 *   } catch (err) {
 *     if (err instanceof UsageError) console.log(err.field, err.detail); // ['figure'] { given: 'nope', ... }
 *   }
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  readonly field: FieldPath;
  readonly detail: UsageDetail;
  /** The config file (or 'standard input') the field is in, once a config reader has placed it there. */
  readonly file?: string;

  constructor(field: string | FieldPath, detail: UsageDetail | string, file?: string) {
    const path = typeof field === 'string' ? [field] : field;
    const d = typeof detail === 'string' ? { problem: detail } : detail;
    super(`${file ? `${file}: ` : ''}${path.length ? `${formatPath(path)}: ` : ''}${describeUsage(d)}`);
    this.name = 'UsageError';
    this.field = path;
    this.detail = d;
    this.file = file;
  }

  /** The same error, its field placed under `prefix` (a figure of a config), in `file`. */
  at(prefix: FieldPath, file?: string): UsageError {
    return new UsageError([...prefix, ...this.field], this.detail, file ?? this.file);
  }
}

/** "got 'x'; expected y (hint)", or the problem. */
export function describeUsage(d: UsageDetail): string {
  if (d.problem !== undefined) return d.problem;
  const got = d.given === undefined ? '' : `got ${d.given}; `;
  return `${got}expected ${d.expected ?? 'something else'}${d.hint ? ` (${d.hint})` : ''}`;
}

/**
 * figures[3].curves[0].color
 *
 * @example
 *   formatPath(['figures', 3, 'xlim']); // 'figures[3].xlim'
 */
export function formatPath(p: FieldPath): string {
  return p.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** A value as messages show it: text quoted, anything else as it prints. */
export function shown(given: unknown): string {
  return typeof given === 'string' ? `'${given}'` : Array.isArray(given) ? `'${given.join(',')}'` : String(given);
}

/** "field: got 'value'; expected what" — the one shape every bad-input message takes. */
export function badValue(field: string | FieldPath, given: unknown, expected: string, hint?: string): UsageError {
  return new UsageError(field, { given: shown(given), expected, hint });
}

/**
 * For the API's JavaScript callers (and TypeScript ones through `any`): an argument that is not of the kind
 * declared, refused with a UsageError naming it rather than a TypeError from inside.
 *
 * @example
 *   wrongArgument('figure', 3, 'text'); // UsageError: figure: got 3; expected text
 */
export function wrongArgument(field: string | FieldPath, given: unknown, expected: string, hint?: string): UsageError {
  // A list or an object said by its kind: its contents are not what is wrong.
  const shownGiven = Array.isArray(given)
    ? 'a list'
    : typeof given === 'object' && given !== null
      ? 'an object'
      : shown(given);
  return new UsageError(field, { given: shownGiven, expected, hint });
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
      // The same name in another case is nearest of all (Relu: ReLU before ELU).
      const d =
        lc === w
          ? 0
          : lc.startsWith(w) || w.startsWith(lc) || (w.length >= 3 && lc.includes(w))
            ? 1
            : editDistance(w, lc);
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
