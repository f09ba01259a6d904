/**
 * axes.prop_cycle against matplotlib 3.6 (test/fixtures/prop-cycle.json, from scripts/make-prop-cycle-fixtures.py):
 * each text read as validate_cycler reads it, and each line plotted under a cycle given what matplotlib gives it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
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
}
const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'prop-cycle.json'), 'utf8')) as Fixture;

const rgba = (text: string, cycle: readonly string[] = ['k']) => {
  const c = colorInCycle(text, cycle);
  return [c.r / 255, c.g / 255, c.b / 255, c.a];
};
// Colours to the 8 bits actplot keeps ('0.5' is 127.5 of 255 in matplotlib).
const near = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1 / 255);

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
  const python = (v: string | number) => (typeof v === 'string' ? `'${v}'` : String(v));
  for (const s of fixture.sequences) {
    it(s.cycle, () => {
      const plots = s.lines.map(
        (l) =>
          `[0, 1], [0, 1]${l.fmt ? `, '${l.fmt}'` : ''}` +
          Object.entries(l.kw)
            .map(([k, v]) => `, ${k}=${python(v)}`)
            .join(''),
      );
      const fig = buildFigure({
        style: 'matplotlib',
        rc: { 'axes.prop_cycle': s.cycle },
        panels: [{ curves: plots.map((plot) => ({ plot })) }],
      });
      const rc = fig.rc!;
      const colors = cycleColors(rc['axes.prop_cycle']);
      fig.axes[0].curves.forEach((c, i) => {
        const theirs = s.lines[i];
        const what = `line ${i} (${plots[i]})`;
        assert.ok(near(rgba(c.color!, colors), theirs.color), `${what}: colour ${c.color}`);
        const style = c.noLine ? 'None' : styleName(c.linestyle ?? rc['lines.linestyle']);
        assert.equal(style, theirs.linestyle, `${what}: line style`);
        assert.equal(c.linewidth ?? rc['lines.linewidth'], theirs.linewidth, `${what}: width`);
        assert.equal(c.marker ?? (c.noMarker ? 'None' : rc['lines.marker']), theirs.marker, `${what}: marker`);
      });
    });
  }
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
