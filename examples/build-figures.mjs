// A documentation build step: the figures of a config, then one more figure and some numbers from code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { documentFigure, evaluate, functions, renderAll, renderFigure } from 'actplot';

const result = await renderAll('examples/document.yaml', { outDir: 'build/figures' });
console.log(`${result.written} written, ${result.unchanged} unchanged`);

mkdirSync('build/extra', { recursive: true });
writeFileSync('build/extra/gelu.svg', renderFigure(documentFigure('gelu'), 'svg'));

const { x, y } = evaluate('swish', { kind: 'linspace', from: -4, to: 4, num: 9 }, { beta: 2 });
console.log(`${functions.length} functions; swish(${x[8]}) with beta = 2 is ${y[8]}`);
