/** Unit tests of mathtext's grammar (src/mathtext/parse.ts), by hand from matplotlib's rules. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMathText, MathSyntaxError, parseMathText } from '../../src/mathtext/parse';
import { shownText } from '../../src/text/is-math';
import { fontMeasurer } from '../../src/text/measure';

describe('isMathText: an even, non-zero number of unescaped dollar signs', () => {
  const cases: [string, boolean][] = [
    ['$x$', true],
    ['plain', false],
    ['a $ b', false],
    ['\\$5 and \\$6', false],
    ['cost \\$5 for $x$', true],
    ['$a$ and $b$', true],
  ];
  for (const [s, math] of cases) it(`${s}: ${math}`, () => assert.equal(isMathText(s), math));
});

describe('shownText: what a text shows, as Text._preprocess_math decides', () => {
  const plainFace = { family: 'DejaVu Sans', weight: 'normal', style: 'normal', plain: true } as const;
  it('math as given; plain text with each escaped dollar sign shown as a dollar sign', () => {
    assert.deepEqual(shownText('cost \\$5 for $x$'), { math: true, text: 'cost \\$5 for $x$' });
    assert.deepEqual(shownText('\\$5 and \\$6'), { math: false, text: '$5 and $6' });
    assert.deepEqual(shownText('a $ b'), { math: false, text: 'a $ b' });
  });
  it('text.parse_math False (a plain face): every character as given, backslashes too', () => {
    assert.deepEqual(shownText('$x$ \\$5', plainFace), { math: false, text: '$x$ \\$5' });
  });
  it("measures an escaped dollar as the dollar sign it shows, and apart from a plain face's", () => {
    const m = fontMeasurer();
    assert.deepEqual(m.measure('\\$5', 20), m.measure('$5', 20));
    assert.ok(m.measure('\\$5', 20, plainFace).width > m.measure('$5', 20, plainFace).width);
  });
});

describe('parseMathText', () => {
  it('splits plain text and math, an escaped dollar a dollar sign', () => {
    const parts = parseMathText('costs \\$5 and $x$');
    assert.deepEqual(parts[0], { math: false, text: 'costs $5 and ' });
    assert.equal(parts[1].math, true);
    assert.deepEqual(parts[2], { math: false, text: '' });
  });
  it('reads a minus as U+2212, unspaced at the start and spaced between operands', () => {
    const [, start] = parseMathText('$-1$');
    const [, between] = parseMathText('$a-b$');
    assert.deepEqual(start.math && start.items[0], { kind: 'sym', c: '\u2212', spacing: 'none' });
    assert.deepEqual(between.math && between.items[1], { kind: 'sym', c: '\u2212', spacing: 'binary' });
  });
  it('keeps a decimal point unspaced and spaces a comma', () => {
    const [, m] = parseMathText('$0.5, x$');
    assert.ok(m.math);
    assert.deepEqual(
      m.items.filter((i) => i.kind === 'sym' && (i.c === '.' || i.c === ',')).map((i) => i.kind === 'sym' && i.spacing),
      ['none', 'punctuation'],
    );
  });
  it('reads sub- and superscripts in either order, with primes', () => {
    const [, m] = parseMathText("$x_i^2 f''$");
    assert.ok(m.math);
    const [x, f] = m.items;
    assert.equal(x.kind === 'scripts' && x.sub && x.sup !== undefined, true);
    assert.equal(f.kind === 'scripts' && f.primes, 2);
  });
  it('reads an empty \\operatorname{} as an empty name, not as its own letters', () => {
    const [, m] = parseMathText('$\\operatorname{}$');
    assert.deepEqual(m.math && m.items[0], {
      kind: 'operator',
      name: '\\operatorname{}',
      items: [],
      spaced: true,
      scripted: false,
    });
  });
  it('gives a function name a thin space unless a delimiter or script follows', () => {
    const spaced = (s: string) => {
      const [, m] = parseMathText(s);
      const op = m.math ? m.items[0] : undefined;
      return op?.kind === 'operator' ? op.spaced : undefined;
    };
    assert.equal(spaced('$\\sin x$'), true);
    assert.equal(spaced('$\\sin(x)$'), false);
    assert.equal(spaced('$\\max x$'), false); // \\max takes its limits above and below, unspaced
  });
  const refused: [string, RegExp][] = [
    ['$x^2^3$', /Double superscript/],
    ['$x_1_2$', /Double subscript/],
    ['$\\frac{1}$', /Expected \\frac\{num\}\{den\}/],
    ['$\\left(x$', /\\right/],
    ['${x$', /Unbalanced '\{'/],
    ['$x}$', /Unbalanced '\}'/],
    ['$\\foo$', /Unknown symbol: \\foo/],
    ['$\\text{x}$', /Unknown symbol: \\text/],
    ['$x^$', /after '\^'/],
    ['$$', /math expression/],
    [`$${'{'.repeat(101)}x${'}'.repeat(101)}$`, /nested more than 100 levels/],
    [`$${'x^{'.repeat(101)}x${'}'.repeat(101)}$`, /nested more than 100 levels/],
  ];
  for (const [s, message] of refused) {
    it(`refuses ${s}`, () =>
      assert.throws(
        () => parseMathText(s),
        (err: Error) => err instanceof MathSyntaxError && message.test(err.message),
      ));
  }
});
