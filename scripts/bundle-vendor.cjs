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
 * zod's namespace carries its fifty-odd locales, about 40 % of the bundle, for z.locales; the config's
 * validator uses none of them but English (zod's default, set when zod loads, and actplot words its errors
 * itself). The index of locales is replaced by one holding English alone, so that every render start reads
 * and loads less.
 */
const englishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /[\\/]locales[\\/]index\.cjs$/ }, (args) => ({
      path: path.join(args.resolveDir, args.path),
      namespace: 'zod-locales',
    }));
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "exports.en = require('./en.cjs').default;",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

// zod, the config's validator: about 90 modules, each a file to stat, read and run; as one module it loads
// in about two thirds of the time (src/config/schema-values.ts falls back to the package itself).
// Plugins need esbuild's asynchronous API.
esbuild
  .build({
    stdin: { contents: "module.exports = require('zod');", resolveDir: root, sourcefile: 'zod.js' },
    plugins: [englishOnly],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'eof',
    outfile: path.join(root, 'out', 'src', 'vendor', 'zod.js'),
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));
