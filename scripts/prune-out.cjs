// After an incremental compile: removes compiled files whose source is gone (a moved or deleted module), so
// that a require() can never load a stale one. Faster than compiling everything anew into an empty out/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'out');

function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) {
      walk(file);
      if (!fs.readdirSync(file).length) fs.rmdirSync(file);
      continue;
    }
    const m = /^(.*)\.(js|d\.ts)$/.exec(path.relative(out, file));
    if (m && !fs.existsSync(path.join(root, `${m[1]}.ts`))) fs.rmSync(file);
  }
}

for (const part of ['src', 'test', 'scripts']) if (fs.existsSync(path.join(out, part))) walk(path.join(out, part));
