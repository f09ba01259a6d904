import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { UsageError } from '../../src/errors';
import { buildFigure } from '../../src/spec/build';
import { CURVE, FIGURE, PANEL, checkOptionShapes } from '../../src/spec/option-shapes';

/** The kinds of each property of an interface of src/spec/options.ts, read from its declaration by tsc. */
function declaredKinds(name: string): Record<string, string> {
  const file = path.resolve(__dirname, '../../../src/spec/options.ts');
  const program = ts.createProgram([file], { strict: true, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const node = source.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === name)!;
  const kinds = (type: ts.Type): string[] => {
    if (type.isUnion()) return type.types.flatMap(kinds);
    const f = type.flags;
    if (f & ts.TypeFlags.Undefined) return [];
    if (f & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return ['string'];
    if (f & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return ['number'];
    if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return ['boolean'];
    if (checker.isArrayType(type) || checker.isTupleType(type)) return ['list'];
    return ['object'];
  };
  const type = checker.getTypeAtLocation(node);
  return Object.fromEntries(
    checker
      .getPropertiesOfType(type)
      .map((p) => [p.name, [...new Set(kinds(checker.getTypeOfSymbolAtLocation(p, node)))].sort().join(' ')]),
  );
}

describe("options' kinds, checked where the options come in", () => {
  it('the tables say what src/spec/options.ts declares, key for key', () => {
    const sorted = (t: Record<string, string>) =>
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.split(' ').sort().join(' ')]));
    assert.deepEqual(sorted(FIGURE), declaredKinds('FigureOptions'));
    assert.deepEqual(sorted(PANEL), declaredKinds('PanelOptions'));
    assert.deepEqual(sorted(CURVE), declaredKinds('CurveOptions'));
  });

  const relu = { curves: [{ function: 'relu' }] };
  const refused = (options: unknown): UsageError => {
    try {
      checkOptionShapes(options);
    } catch (err) {
      assert.ok(err instanceof UsageError, String(err));
      return err;
    }
    assert.fail('accepted');
  };

  it("names the key, what was given and what it takes; one call's text where a list belongs gets the list", () => {
    const e = refused({ panels: [{ ...relu, axhline: "0, color='k'" }] });
    assert.deepEqual(e.field, ['panels', 0, 'axhline']);
    assert.equal(e.message, `panels[0].axhline: got '0, color='k''; expected a list (a list of one: ["0, color='k'"])`);
    assert.equal(refused({ panels: [{ ...relu, xlim: 3 }] }).message, 'panels[0].xlim: got 3; expected a list or text');
    assert.deepEqual(refused({ panels: [{ curves: [{ function: 'relu', linewidth: '2' }] }] }).field, [
      'panels',
      0,
      'curves',
      0,
      'linewidth',
    ]);
    assert.equal(refused({ panels: [relu], dpi: '300' }).message, "dpi: got '300'; expected a number");
    assert.equal(
      refused({ panels: [relu], tightLayout: 1 }).message,
      'tightLayout: got 1; expected true or false or an object of keywords or text',
    );
  });

  it('refuses what is no options at all, panels and curves that are no lists of objects', () => {
    assert.equal(refused(null).message, 'got null; expected an object of figure options, { panels: [...] }');
    assert.equal(
      refused({}).message,
      "panels: got undefined; expected a list of panels, [{ curves: [{ function: 'relu' }] }]",
    );
    assert.equal(refused({ panels: ['relu'] }).message, "panels[0]: got 'relu'; expected an object of panel options");
    assert.equal(
      refused({ panels: [{ curves: 'relu' }] }).message,
      "panels[0].curves: got 'relu'; expected a list of curves, [{ function: 'relu' }]",
    );
    assert.deepEqual(refused({ panels: [{ curves: [['relu']] }] }).field, ['panels', 0, 'curves', 0]);
  });

  it('lets every kind a key is declared with through, and leaves keys it does not know to their readers', () => {
    checkOptionShapes({ panels: [{ ...relu, title: 'a', xlim: [-1, 1] }], tightLayout: true, rc: ['axes.grid=True'] });
    checkOptionShapes({
      panels: [{ ...relu, title: ['a', { label: 'b', loc: 'left' }], xlim: '-1, 1' }],
      tightLayout: 'pad=0.5',
    });
    checkOptionShapes({ panels: [{ ...relu, someday: 3 }], size: undefined });
  });

  it('runs at buildFigure, the API, before any reader: a UsageError, not a TypeError', () => {
    assert.throws(
      () => buildFigure({ panels: [{ ...relu, spine: "left, position='zero'" }] } as never),
      (err) => err instanceof UsageError && /^panels\[0\]\.spine: got/.test(err.message),
    );
  });
});
