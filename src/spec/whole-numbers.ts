/**
 * The whole number a script's index arithmetic makes once a loop's counter is written out: `axes[3 // 2, 3 % 2]`,
 * `plt.subplot(2, 2, 2 * 1 + 1)`. Pure.
 *
 * Written here rather than taken from a library (and never evaluated as code): Python's integer operators on
 * whole numbers, + - * // % ** with parentheses and signs, are a grammar of a few lines, and Python's // and %
 * round toward minus infinity where JavaScript's / and % do not.
 */

const TOKEN = /\s*(\d+|\/\/|\*\*|[-+*%()])/y;

/** The value of a whole-number expression, or undefined for any other text (a name, a float, a division by 0). */
export function wholeNumberOf(text: string): number | undefined {
  const tokens: string[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    tokens.push(m[1]);
    end = TOKEN.lastIndex;
  }
  if (text.slice(end).trim() !== '' || tokens.length === 0 || tokens.length > 200) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  // sum := product (('+' | '-') product)*; product := unary (('*' | '//' | '%') unary)*;
  // unary := ('-' | '+') unary | power; power := atom ('**' unary)?; atom := digits | '(' sum ')'.
  const atom = (depth: number): number | undefined => {
    const t = tokens[pos++];
    if (t === '(') {
      const v = sum(depth + 1);
      return tokens[pos++] === ')' ? v : undefined;
    }
    return t !== undefined && /^\d+$/.test(t) ? Number(t) : undefined;
  };
  const unary = (depth: number): number | undefined => {
    if (depth > 50) return undefined;
    const t = tokens[pos];
    if (t === '-' || t === '+') {
      pos++;
      const v = unary(depth + 1);
      return v === undefined ? undefined : t === '-' ? -v : v;
    }
    const base = atom(depth + 1);
    if (base === undefined || peek() !== '**') return base;
    pos++;
    // A negative power of an int is a float in Python: no whole number.
    const exponent = unary(depth + 1);
    return exponent === undefined || exponent < 0 ? undefined : base ** exponent;
  };
  const product = (depth: number): number | undefined => {
    let v = unary(depth);
    while (v !== undefined && (peek() === '*' || peek() === '//' || peek() === '%')) {
      const op = tokens[pos++];
      const w = unary(depth);
      if (w === undefined || (op !== '*' && w === 0)) return undefined;
      v = op === '*' ? v * w : op === '//' ? Math.floor(v / w) : v - w * Math.floor(v / w);
    }
    return v;
  };
  const sum = (depth: number): number | undefined => {
    let v = product(depth);
    while (v !== undefined && (peek() === '+' || peek() === '-')) {
      const op = tokens[pos++];
      const w = product(depth);
      if (w === undefined) return undefined;
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };
  const value = sum(0);
  return value !== undefined && pos === tokens.length && Number.isSafeInteger(value) ? value : undefined;
}
