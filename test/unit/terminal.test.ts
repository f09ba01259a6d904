import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFigure } from '../../src/spec/build';
import { figureLayout, renderFigure } from '../../src/render/pipeline';
import { itermImage, kittyImage } from '../../src/terminal/images';
import { pngPixels } from '../../src/render/pixels';
import { showFigure } from '../../src/terminal/show';
import { plain, textPlot } from '../../src/terminal/text-plot';
import { cellSize, detectProtocol, terminalSize } from '../../src/terminal/detect';
import { cli, sink } from '../helpers/in-process';
import { scratch } from '../helpers/cli';

const fig = () =>
  buildFigure({
    panels: [{ curves: [{ function: 'relu' }], from: -2, to: 2, step: 0.01, xlim: [-2, 2], ylim: [-1, 2] }],
  });
const term = { columns: 100, rows: 30, color: false, cell: { width: 10, height: 20 } };

/** The base64 payload of every kitty APC chunk, in order, and each chunk's keys. */
function kittyChunks(text: string): { keys: string; payload: string }[] {
  return [...text.matchAll(/\x1b_G([^;]*);([^\x1b]*)\x1b\\/g)].map((m) => ({ keys: m[1], payload: m[2] }));
}

describe('--show kitty and iterm carry the PNG itself', () => {
  it('kitty: chunks of 4096, a=T and f=100 (PNG) on the first, m=1 on all but the last; decoded, the PNG', () => {
    const png = renderFigure(fig(), 'png');
    const chunks = kittyChunks(kittyImage(png));
    assert.ok(chunks.length > 1);
    assert.match(chunks[0].keys, /^a=T,f=100,m=1$/);
    chunks.slice(1, -1).forEach((c) => assert.equal(c.keys, 'm=1'));
    assert.equal(chunks.at(-1)!.keys, 'm=0');
    chunks.slice(0, -1).forEach((c) => assert.equal(c.payload.length, 4096));
    assert.deepEqual(Buffer.from(chunks.map((c) => c.payload).join(''), 'base64'), png);
  });
  it('iTerm2: OSC 1337 File with inline=1 and the size in bytes; decoded, the PNG', () => {
    const png = renderFigure(fig(), 'png');
    const m = /^\x1b\]1337;File=inline=1;size=(\d+);preserveAspectRatio=1:([A-Za-z0-9+/=]+)\x07$/.exec(itermImage(png));
    assert.ok(m);
    assert.equal(Number(m[1]), png.length);
    assert.deepEqual(Buffer.from(m[2], 'base64'), png);
  });
  it('shows the figure as --show kitty writes it, across the terminal when it is wider', () => {
    const out = showFigure(fig(), 'kitty', { ...term, columns: 60 });
    assert.match(kittyChunks(out)[0].keys, /c=60/);
    assert.deepEqual(
      Buffer.from(
        kittyChunks(out)
          .map((c) => c.payload)
          .join(''),
        'base64',
      ),
      renderFigure(fig(), 'png'),
    );
  });
});

describe('--show sixel: the picture at the terminal cell size', () => {
  it('decodes to the figure drawn at the size the terminal gives it, in at most 256 colours', () => {
    const { Decoder } = require('sixel') as typeof import('sixel');
    const small = { ...term, columns: 40, rows: 13 }; // 400 × 240 pixels
    const out = showFigure(fig(), 'sixel', small);
    const body = Buffer.from(out.slice(out.indexOf('q') + 1), 'latin1');
    const decoder = new Decoder();
    decoder.decode(body);
    const f = fig();
    const fit = Math.min(1, 400 / (f.size[0] * f.dpi), 240 / (f.size[1] * f.dpi));
    const want = pngPixels(renderFigure({ ...f, dpi: f.dpi * fit }, 'png'));
    assert.ok(want.width <= 400 && want.height <= 240);
    const raster = /"1;1;(\d+);(\d+)/.exec(out)!;
    assert.deepEqual([Number(raster[1]), Number(raster[2])], [want.width, want.height]);
    const got = new Uint8Array(decoder.data32.buffer);
    let close = 0;
    for (let y = 0; y < want.height; y++) {
      for (let x = 0; x < want.width; x++) {
        const a = 4 * (y * want.width + x);
        const b = 4 * (y * decoder.width + x);
        if ([0, 1, 2].every((k) => Math.abs(got[b + k] - want.data[a + k]) <= 12)) close++;
      }
    }
    assert.ok(close / (want.width * want.height) >= 0.99, `${close} of ${want.width * want.height} pixels`);
  });
});

/** The dots lit in a text plot's plot area: the area found by its frame's corner '└' and lines. */
function litDots(text: string) {
  const lines = text.split('\n');
  const bottom = lines.findIndex((l) => l.includes('└'));
  const left = [...lines[bottom]].indexOf('└');
  const right = Math.max(...['─', '┬'].map((ch) => [...lines[bottom]].lastIndexOf(ch)));
  let top = bottom;
  while (top > 0 && /[│┤]/.test([...lines[top - 1]][left] ?? '')) top--;
  const width = (right - left) * 2;
  const height = (bottom - top) * 4;
  const lit = new Set<string>();
  for (let r = top; r < bottom; r++) {
    const chars = [...lines[r]];
    for (let c = left + 1; c <= right; c++) {
      const code = (chars[c] ?? ' ').codePointAt(0)! - 0x2800;
      if (code < 0 || code > 0xff) continue;
      const bits = [
        [0x01, 0x08],
        [0x02, 0x10],
        [0x04, 0x20],
        [0x40, 0x80],
      ];
      bits.forEach((row, dy) =>
        row.forEach((bit, dx) => code & bit && lit.add(`${(c - left - 1) * 2 + dx},${(r - top) * 4 + dy}`)),
      );
    }
  }
  return {
    lit,
    width,
    height,
    braille: (u: number, v: number) => {
      const ch = [...lines[top + Math.floor(v / 4)]][left + 1 + Math.floor(u / 2)] ?? ' ';
      return ch === ' ' || (ch.codePointAt(0)! >= 0x2800 && ch.codePointAt(0)! <= 0x28ff);
    },
  };
}

describe('--show text: braille cells', () => {
  it("lights, in every dot column, the dot of the function's value (relu over [-2, 2] × [-1, 2])", () => {
    const text = textPlot(figureLayout(fig(), 'png'), { columns: 100, rows: 30, color: false });
    const { lit, width, height, braille } = litDots(text);
    let checked = 0;
    for (let u = 0; u < width; u++) {
      const x = -2 + (4 * u) / (width - 1);
      const v = Math.round(((2 - Math.max(0, x)) / 3) * (height - 1));
      if (!braille(u, v)) continue; // under the legend's text
      const near = [v - 1, v, v + 1].some((w) => lit.has(`${u},${w}`));
      assert.ok(near, `x = ${x.toFixed(3)}: dot ${u},${v} is not lit`);
      checked++;
    }
    assert.ok(checked > width * 0.8, `${checked} of ${width} columns checked`);
  });
  it('frames the axes with its tick labels, title and legend, in the terminal size', () => {
    const text = textPlot(figureLayout(fig(), 'png'), { columns: 100, rows: 30, color: false });
    const lines = text.trimEnd().split('\n');
    assert.ok(lines.length <= 30 && lines.every((l) => [...l].length <= 100));
    assert.match(text, /ReLU\(x\)/); // title and legend
    assert.match(text, /−1\.0┤|−1┤/);
    assert.match(text, /2\.0┤|2┤/);
    assert.match(lines.at(-2)!, /−2\.0.*−1\.0.*0\.0.*1\.0.*2\.0|−2.*−1.*0.*1.*2/);
    assert.doesNotMatch(text, /\x1b\[/);
  });
  it('colours each curve in its own colour when asked', () => {
    const text = textPlot(figureLayout(fig(), 'png'), { columns: 100, rows: 30, color: true });
    assert.match(text, /\x1b\[38;2;0;0;255m/); // the document's blue
  });
});

describe('which protocol, and what size', () => {
  it('detects kitty, iTerm2 and sixel terminals by what they set; text when not a terminal, dumb or CI', () => {
    assert.equal(detectProtocol({ TERM: 'xterm-kitty' }, true), 'kitty');
    assert.equal(detectProtocol({ KITTY_WINDOW_ID: '1' }, true), 'kitty');
    assert.equal(detectProtocol({ TERM_PROGRAM: 'WezTerm' }, true), 'kitty');
    assert.equal(detectProtocol({ TERM_PROGRAM: 'iTerm.app' }, true), 'iterm');
    assert.equal(detectProtocol({ TERM: 'foot' }, true), 'sixel');
    assert.equal(detectProtocol({ TERM: 'xterm-256color' }, true), 'text');
    assert.equal(detectProtocol({ TERM: 'xterm-kitty' }, false), 'text');
    assert.equal(detectProtocol({ TERM: 'dumb' }, true), 'text');
    assert.equal(detectProtocol({ TERM: 'xterm-kitty', CI: 'true' }, true), 'text');
  });
  it("takes the stream's size, else COLUMNS and LINES, else 80×24; cells 10×20 unless ACTPLOT_CELL_SIZE", () => {
    assert.deepEqual(terminalSize({ columns: 120, rows: 40 }, {}), { columns: 120, rows: 40 });
    assert.deepEqual(terminalSize({}, { COLUMNS: '100', LINES: '30' }), { columns: 100, rows: 30 });
    assert.deepEqual(terminalSize({}, {}), { columns: 80, rows: 24 });
    assert.deepEqual(cellSize({ ACTPLOT_CELL_SIZE: '9x18' }), { width: 9, height: 18 });
  });
});

describe('actplot --show and -o - at a terminal', () => {
  const tty = () => Object.assign(sink(), { isTTY: true, columns: 80, rows: 24 });
  it('-o - onto a terminal refuses binary output, as curl does, and points to --show', async () => {
    const r = await cli(['relu', '-o', '-'], scratch(), { stdout: tty() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /-o: got '-'.*to see the figure here, --show/);
    assert.equal(r.stdout.length, 0);
  });
  it('-o - of an SVG onto a terminal is text, and goes', async () => {
    const r = await cli(['relu', '-o', '-', '--format', 'svg'], scratch(), { stdout: tty() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.out, /^<\?xml/);
  });
  it('--show text writes the text plot and no file; --show before a function leaves the function alone', async () => {
    const dir = scratch();
    const r = await cli(['--show', 'relu', '--xlim', '-2,2'], dir, { stdout: tty() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.out, /└[─┬]/);
    assert.deepEqual(require('node:fs').readdirSync(dir), []);
  });
  it('--show with -o also writes the file', async () => {
    const dir = scratch();
    const r = await cli(['relu', '--show', 'text', '-o', 'r.png'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.out, /└[─┬][\s\S]*r\.png\n$/);
  });
  it('--show nope names the protocols', async () => {
    const r = await cli(['relu', '--show=nope'], scratch());
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--show: got 'nope'; expected one of kitty, iterm, sixel, text/);
  });
});

describe('a text plot of math labels', () => {
  it("shows a log axis's labels as text: 10⁻², 2×10⁻¹; texts without math as they are", () => {
    assert.equal(plain('$\\mathdefault{10^{-2}}$'), '10⁻²');
    assert.equal(plain('$\\mathdefault{2\\times10^{-1}}$'), '2×10⁻¹');
    assert.equal(plain('ReLU(x)'), 'ReLU(x)');
  });
});
