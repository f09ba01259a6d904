// The physical floor of a figure's start on this stack, for `npm run bench`: Node.js, node-canvas loaded, one
// stroked line on a 1600x200 canvas (the document's figure size) and that canvas encoded as PNG and written.
'use strict';
const { createCanvas } = require('canvas');
const canvas = createCanvas(1600, 200);
const ctx = canvas.getContext('2d');
ctx.moveTo(0, 100);
ctx.lineTo(1600, 100);
ctx.stroke();
require('node:fs').writeFileSync(process.argv[2] || 'floor.png', canvas.toBuffer('image/png'));
