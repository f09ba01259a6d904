/**
 * axes.prop_cycle against matplotlib 3.6 (test/fixtures/prop-cycle.json, from scripts/make-prop-cycle-fixtures.py):
 * each text read as validate_cycler reads it, each line plotted under a cycle given what matplotlib gives it, and
 * axes with a cycle of their own (set_prop_cycle) giving their lines and patches what matplotlib's give.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import type { CurveSpec } from '../../src/spec/types';
import type { Rc } from '../../src/style/rcparams';
import { colorInCycle } from '../../src/style/colors';
import { cycleColors, readCycler, type CycleEntry, type PropCycle } from '../../src/style/cycler';
import { styleName } from '../../src/style/line-styles';
import { FIXTURES } from '../helpers/reference';

type Value = number | string | number[] | [number, number[]];
interface Fixture {
  read: { text: string; by_key?: Record<string, Value[]>; refused?: string }[];
  sequences: {
    cycle: string;
    lines: {
      fmt: string | null;
      kw: Record<string, string | number>;
      color: number[];
      linestyle: string;
      linewidth: number;
      marker: string;
    }[];
  }[];
  axes_rc: string;
  axes_cycles: {
    args: string;
    lines: Fixture['sequences'][number]['lines'];
    scatters: number;
    fills: number;
    patches: number[][];
  }[];
}
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'prop-cycle.json'), 'utf8')) as Fixture;

const rgba = (text: string, cycle: readonly string[] = ['k']) => {
  const c = colorInCycle(text, cycle);
  return [c.r / 255, c.g / 255, c.b / 255, c.a];
};
// Colours to the 8 bits actplot keeps ('0.5' is 127.5 of 255 in matplotlib).
const near = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1 / 255);

/** A plot()'s keywords as Python writes them. */
const keywords = (kw: Record<string, string | number>) =>
  Object.entries(kw)
    .map(([k, v]) => `, ${k}=${typeof v === 'string' ? `'${v}'` : String(v)}`)
    .join('');

/** A value of ours as matplotlib's by_key() writes it. */
function comparable(key: string, ours: CycleEntry[keyof CycleEntry], theirs: Value): boolean {
  if (key === 'color' || ((key === 'markerfacecolor' || key === 'markeredgecolor') && theirs !== 'none')) {
    return near(rgba(ours as string), theirs as number[]);
  }
  if (key === 'linestyle') {
    if (typeof theirs === 'string') {
      const named: Record<string, string> = { dashed: '--', solid: '-', dotted: ':', dashdot: '-.' };
      return theirs.toLowerCase() === 'none' ? ours === 'None' : ours === (named[theirs] ?? theirs);
    }
    const [offset, dashes] = theirs as [number, number[]];
    return typeof ours === 'object' && ours.offset === offset && assert.deepEqual(ours.dashes, dashes) === undefined;
  }
  return ours === theirs;
}

describe('axes.prop_cycle read as matplotlib 3.6 reads it (validate_cycler)', () => {
  for (const c of fixture.read) {
    it(c.refused ? `refuses ${c.text} (matplotlib: ${c.refused})` : c.text, () => {
      if (c.refused) {
        assert.throws(() => readCycler(c.text), UsageError);
        return;
      }
      const cycle: PropCycle = readCycler(c.text);
      const keys = Object.keys(c.by_key!);
      assert.deepEqual([...cycle.keys].sort(), [...keys].sort());
      for (const key of keys) {
        const theirs = c.by_key![key];
        assert.equal(cycle.entries.length, theirs.length, key);
        cycle.entries.forEach((e, i) =>
          assert.ok(comparable(key, e[key as keyof CycleEntry], theirs[i]), `${key}[${i}]: ${JSON.stringify(e)}`),
        );
      }
    });
  }
});

describe("lines under a property cycle: what each takes from it (matplotlib's _getdefaults)", () => {
  for (const s of fixture.sequences) {
    it(s.cycle, () => {
      const plots = s.lines.map((l) => `[0, 1], [0, 1]${l.fmt ? `, '${l.fmt}'` : ''}` + keywords(l.kw));
      const fig = buildFigure({
        style: 'matplotlib',
        rc: { 'axes.prop_cycle': s.cycle },
        panels: [{ curves: plots.map((plot) => ({ plot })) }],
      });
      fig.axes[0].curves.forEach((c, i) => sameLine(c, i, s.lines[i], fig.rc!, `line ${i} (${plots[i]})`));
    });
  }
});

/** A line of ours against what matplotlib gave the same line. */
function sameLine(
  c: CurveSpec,
  index: number,
  theirs: Fixture['sequences'][number]['lines'][number],
  rc: Rc,
  what: string,
) {
  // A line left uncoloured takes its turn of the rc's colours where it is drawn ('CN'): here each line's own index.
  const color = c.color ?? `C${index}`;
  assert.ok(near(rgba(color, cycleColors(rc['axes.prop_cycle'])), theirs.color), `${what}: colour ${color}`);
  const style = c.noLine ? 'None' : styleName(c.linestyle ?? rc['lines.linestyle']);
  assert.equal(style, theirs.linestyle, `${what}: line style`);
  assert.equal(c.linewidth ?? rc['lines.linewidth'], theirs.linewidth, `${what}: width`);
  assert.equal(c.marker ?? (c.noMarker ? 'None' : rc['lines.marker']), theirs.marker, `${what}: marker`);
}

describe("an axes' own cycle (set_prop_cycle): its lines, scatters and fill_between patches, as matplotlib's", () => {
  for (const s of fixture.axes_cycles) {
    it(`set_prop_cycle(${s.args}) under ${fixture.axes_rc}`, () => {
      const plots = s.lines.map((l) => `[0, 1], [0, 1]${l.fmt ? `, '${l.fmt}'` : ''}` + keywords(l.kw));
      const fig = buildFigure({
        style: 'matplotlib',
        rc: { 'axes.prop_cycle': fixture.axes_rc },
        panels: [
          {
            propCycle: s.args,
            curves: [
              ...plots.map((plot) => ({ plot })),
              ...Array.from({ length: s.scatters }, () => ({ scatter: '[0, 1], [0, 1]' })),
            ],
            fillBetween: Array.from({ length: s.fills }, () => 'relu, 0'),
          },
        ],
      });
      const rc = fig.rc!;
      const ax = fig.axes[0];
      const lines = ax.curves.filter((c) => !c.scatter);
      lines.forEach((c, i) => sameLine(c, i, s.lines[i], rc, `line ${i} (${plots[i]})`));
      const patches = [
        ...ax.curves.filter((c) => c.scatter).map((c) => c.color!),
        ...ax.fills!.map((f) => f.facecolor!),
      ];
      assert.equal(patches.length, s.patches.length);
      const colors = cycleColors(rc['axes.prop_cycle']);
      // Without an axes cycle of its own a patch is left its turn of the rc's cycle, given where it is drawn: the i-th.
      patches.forEach((p, i) => assert.ok(near(rgba(p ?? `C${i}`, colors), s.patches[i]), `patch ${i}: ${p}`));
    });
  }
  it("is warned of where it changes nothing: the document's lone curve has its own colour", () => {
    const warned = (curves: object[], extra: object = {}) =>
      (buildFigure({ panels: [{ curves, propCycle: "color=['r']", ...extra }] }).axes[0].warnings ?? [])
        .map((w) => (typeof w === 'string' ? w : w.text))
        .join('\n');
    assert.match(warned([{ function: 'relu' }]), /set_prop_cycle\(\) changes nothing in this panel/);
    assert.equal(warned([{ function: 'relu' }, { function: 'gelu' }]), '');
    assert.equal(warned([{ function: 'relu' }], { fillBetween: ['relu, 0'] }), '');
  });
  it('takes a cycle as scripts write it: plt.cycler(...), or in parentheses, as the rc does', () => {
    const colours = (propCycle: string) =>
      buildFigure({
        style: 'matplotlib',
        panels: [{ curves: [{ function: 'relu' }, { function: 'gelu' }], propCycle }],
      }).axes[0].curves.map((c) => c.color);
    for (const text of ["plt.cycler(color=['r', 'k'])", "(cycler(color=['r', 'k']) + cycler(lw=[1, 2]))"]) {
      assert.deepEqual(colours(text), ['r', 'k'], text);
    }
  });
  it('refuses set_prop_cycle arguments matplotlib refuses, at the option', () => {
    for (const [args, message] of [
      ["color=['r', 'g'], ls=['-']", /propCycle.*cycles added with \+ must be of one length/],
      ["colour=['r']", /propCycle.*no property a cycle sets/],
      ["color=['C1']", /propCycle.*a cycle cannot hold a reference to itself/],
    ] as const) {
      assert.throws(
        () => buildFigure({ panels: [{ curves: [{ function: 'relu' }], propCycle: args }] }),
        message,
        args,
      );
    }
  });
});

describe('a cycle of more than colours on a figure whose curves are coloured (the unused-rcParam warning)', () => {
  const cycle = "cycler(color='rb') + cycler(ls=['-', ':'])";
  const warned = (curve: Record<string, string>) =>
    buildFigure({ rc: { 'axes.prop_cycle': cycle }, panels: [{ curves: [{ function: 'tanh', ...curve }] }] })
      .warnings?.map((w) => (typeof w === 'string' ? w : w.text))
      .join('\n') ?? '';
  it('is used, not warned of, when a line takes its line style from it', () => {
    assert.doesNotMatch(warned({ color: 'k' }), /axes\.prop_cycle/);
  });
  it('is warned of when every line sets every property it has', () => {
    assert.match(warned({ color: 'k', linestyle: '--' }), /rcParams\['axes\.prop_cycle'\] changes nothing/);
  });
});

describe('a cycle too large to be of use', () => {
  it('is refused before it is made (MAX_CYCLE_ENTRIES), a product or a repeat alike', () => {
    assert.throws(
      () => readCycler("cycler(ls=['-', ':']) * 1000 * 1000"),
      /at most 10000 entries; this one has 2000000/,
    );
    assert.throws(() => readCycler("99999999999999999999 * cycler(c='r')"), /at most 10000 entries/);
    // 7 × 10 × 10 × 10 entries by hand: within the limit.
    const lists =
      'cycler(lw=[1,2,3,4,5,6,7,8,9,10]) * cycler(ms=[1,2,3,4,5,6,7,8,9,10]) * cycler(mew=[1,2,3,4,5,6,7,8,9,10])';
    assert.equal(readCycler(`cycler(c='rgbcmyk') * ${lists}`).entries.length, 7000);
  });
});
