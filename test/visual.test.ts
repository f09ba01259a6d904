import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { renderFigure } from '../src/figure';
import { DOCUMENT_FIGURES, documentFigure } from '../src/presets';
import { compareFigures, decodePng, writeDiff } from './helpers/image';
import { FIXTURES } from './helpers/reference';

const DIFFS = path.resolve(__dirname, '../../test-diffs');

describe('the document\'s figures against matplotlib\'s (geometry in pixels)', () => {
  for (const name of DOCUMENT_FIGURES) {
    it(name, () => {
      const ref = decodePng(fs.readFileSync(path.join(FIXTURES, 'matplotlib', `${name}.png`)));
      const ours = decodePng(renderFigure(documentFigure(name)!, 'png'));
      const c = compareFigures(ours, ref);
      const ok = c.size && c.frame.missing === 0 && c.frame.worst <= 2 && c.frame.ourLines <= c.frame.refLines + 2
        && Object.values(c.curves).every((k) => k.p95 <= 2) && c.ink.mean <= 2 && c.ink.p95 <= 6;
      if (!ok) {
        fs.mkdirSync(DIFFS, { recursive: true });
        writeDiff(ours, ref, path.join(DIFFS, `${name}.png`));
      }
      assert.ok(c.size, `size ${ours.width}x${ours.height}, matplotlib ${ref.width}x${ref.height}`);
      assert.ok(Object.keys(c.curves).length > 0, 'no curve colour found in the reference');
      assert.ok(ok, `${JSON.stringify(c)} (diff image in ${DIFFS})`);
    });
  }
});
