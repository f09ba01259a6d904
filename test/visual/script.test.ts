/**
 * `actplot script`: the reference scripts of scripts/make-references.py (test/fixtures/cases/cases.json, each
 * with the prelude the script ran after), read by spec/script.ts as the options they say and drawn, against the
 * PNG matplotlib drew when it ran the same script. Every script is read or refused as a usage error naming its
 * line; a selection covering each kind of statement is drawn and compared.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/errors';
import { renderFigure } from '../../src/render/pipeline';
import { buildFigure } from '../../src/spec/build';
import { readSavefig } from '../../src/spec/savefig-call';
import { readScript } from '../../src/spec/script';
import type { FigureOptions, SavefigOptions } from '../../src/spec/options';
import { compareFigures, passes } from '../helpers/image';
import { FIXTURES } from '../helpers/reference';
import { CASES, describeResult, pixelsOf, referenceOf } from '../helpers/visual';

const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cases', 'cases.json'), 'utf8')) as {
  prelude: string;
  cases: { name: string; script: string; savefig: SavefigOptions }[];
};

/** A case's script read as make-references.py ran it: its prelude first, its savefig() keywords after. */
function figureOf(c: (typeof data.cases)[number]) {
  const options: FigureOptions = readScript(`${data.prelude}\n${c.script}`);
  const own = typeof options.savefig === 'string' ? readSavefig(options.savefig, ['savefig']).rest : options.savefig;
  options.savefig = { ...(own as SavefigOptions | undefined), ...c.savefig };
  return buildFigure(options);
}

/** One script of each kind of statement: legend(), subplot(), ';', axhline, subplots(), style.use, ... */
const DRAWN = [
  'styles',
  'bbox-tight-grid',
  'elu-family-dpi90',
  'axlines',
  'spines-outward',
  'style-dark-background',
  'tick-params',
  'text',
  'annotate-arrows',
  'ticks-mirrored-rc',
  'fill-where',
  'locator-multiple',
  'scatter',
  'ticks-position-classic',
  'x-line',
  'def-lines',
  // Loops unrolled: over a list of tuples, zip() with the axes, enumerate() with plt.subplot(2, 2, i + 1).
  'three-functions',
  'subplots-empty-cell',
  'suptitle-tight',
  // Names assigned again between plots; autograd's derivatives (backward(), x.grad, a grad() helper).
  'script-redefined',
  'autograd-backward',
  'tutorial-origin',
  // twinx(), plt.step(), an if on a loop's item, PyTorch's docs script (a module kept under a name).
  'twinx',
  'plot-drawstyle',
  'tight-grid-2x2',
  'pytorch-docs-elu',
  // get_legend_handles_labels() reversed, addfont(), a subplots() cell with its axis off.
  'legend-reverse',
  'font-file',
  'subplots-axis-off',
  // tight_layout() then savefig(dpi=150); values element by element inside torch.no_grad().
  'tight-layout-savefig-dpi',
  'script-elementwise',
  'numpy-gradient',
  // Axes spanning cells: subplot() of two grids and a first and last index; a GridSpec's slices and ratios.
  'subplot-spans',
  'gridspec-ratios',
  // plot(x, Y) of a 2-D Y, its lines named as a list for legend().
  'plot-columns',
];

describe("reference scripts read by actplot script, against matplotlib's PNG of each", () => {
  it('reads every script or refuses it as a usage error naming its line', () => {
    for (const c of data.cases) {
      try {
        figureOf(c);
      } catch (err) {
        assert.ok(err instanceof UsageError, `${c.name}: ${(err as Error).stack}`);
      }
    }
  });
  for (const name of DRAWN) {
    it(name, () => {
      const c = data.cases.find((k) => k.name === name)!;
      const visual = CASES.find((k) => k.name === name)!;
      const reference = referenceOf(visual, fs.readFileSync(visual.reference));
      const result = compareFigures(pixelsOf(visual, renderFigure(figureOf(c), 'png')), reference);
      assert.ok(result.size && passes(result), describeResult(result));
    });
  }
});
