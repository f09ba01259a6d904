// Part of `npm run build`: @stdlib's erf and erfc, bundled into one file (out/src/vendor/stdlib-erf.js) by
// esbuild. The two functions come from about 140 small packages, and loading them one by one took about 20 ms
// of every GELU figure's start, start-up cache or not; the same code as one module loads in a few. The
// packages' licence notices are kept, once each, at the end of the file. src/functions/math.ts loads the
// packages themselves when the bundle is missing (a build by `tsc` alone).
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

esbuild.buildSync({
  stdin: {
    contents:
      "module.exports = { erf: require('@stdlib/math-base-special-erf'), " +
      "erfc: require('@stdlib/math-base-special-erfc') };",
    resolveDir: root,
    sourcefile: 'stdlib-erf.js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'eof',
  outfile: path.join(root, 'out', 'src', 'vendor', 'stdlib-erf.js'),
  logLevel: 'warning',
});

// chart.js's line element and clearCanvas, the two parts of chart.js the figures draw with
// (src/render/backend.ts): chart.js is free of side effects outside its auto entry, so esbuild keeps just what
// those two need, about a third of the library. Loading the whole package, with every controller, scale and
// plugin registered through chartjs-node-canvas, took about 15 ms of every figure's start, start-up cache or
// not. backend.ts falls back to the packages themselves when the bundle is missing.
esbuild.buildSync({
  stdin: {
    contents: "export { LineElement } from 'chart.js'; export { clearCanvas } from 'chart.js/helpers';",
    resolveDir: root,
    sourcefile: 'chartjs-line.js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'eof',
  outfile: path.join(root, 'out', 'src', 'vendor', 'chartjs-line.js'),
  logLevel: 'warning',
});

/**
 * The parts of zod the config's schemas call (src/config/schema-values.ts, schema.ts, call-schemas.ts), from
 * zod's ES modules so that esbuild keeps only what they need: its namespace's fifty-odd locales, ISO date and
 * JSON Schema readers and the rest go. A render loads zod only for a config with a mistake (src/config/shape.ts
 * reads a right one), and `actplot schema`: there the whole package as one module took about 26 ms with the
 * start-up cache, this part about half. A function the schemas begin to call must be
 * added here (without it, loading the schemas fails, and with them every config test); z's methods
 * (.optional(), .describe()...) come with the functions.
 */
const ZOD_FUNCTIONS = [
  'array',
  'boolean',
  'config',
  'enum',
  'literal',
  'looseObject',
  'number',
  'record',
  'strictObject',
  'string',
  'toJSONSchema',
  'tuple',
  'union',
  'unknown',
];

esbuild.buildSync({
  stdin: {
    contents:
      `import { ${ZOD_FUNCTIONS.map((f, i) => `${f} as f${i}`).join(', ')} } from 'zod';\n` +
      `export const z = { ${ZOD_FUNCTIONS.map((f, i) => `${JSON.stringify(f)}: f${i}`).join(', ')} };`,
    resolveDir: root,
    sourcefile: 'zod.js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // zod's ES modules (its "import" entries), which esbuild can prune; its CommonJS files it keeps whole.
  conditions: ['import'],
  mainFields: ['module', 'main'],
  legalComments: 'eof',
  outfile: path.join(root, 'out', 'src', 'vendor', 'zod.js'),
  logLevel: 'warning',
});

// js-yaml's reader alone (its loader, the schemas and YAMLException), for src/config/load.ts: the package's
// entry loads its writer too. Its files are named by path, as the package's exports map offers only the entry.
esbuild.buildSync({
  stdin: {
    contents:
      "module.exports = { load: require('./node_modules/js-yaml/lib/loader').load, " +
      "CORE_SCHEMA: require('./node_modules/js-yaml/lib/schema/core'), " +
      "YAMLException: require('./node_modules/js-yaml/lib/exception') };",
    resolveDir: root,
    sourcefile: 'js-yaml.js',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'eof',
  outfile: path.join(root, 'out', 'src', 'vendor', 'js-yaml.js'),
  logLevel: 'warning',
});
