/** The PyTorch reference values (test/fixtures/torch-float64.json) with "nan"/"inf" strings decoded. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FontFace } from '../../src/style/font-faces';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** Python's float.hex(): '-0x1.4000000000000p+2'. */
export function fromHex(h: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(h);
  if (!m) return Number(h === '0x0.0p+0' ? 0 : NaN);
  const mantissa = Number(m[2]) + (m[3] ? parseInt(m[3], 16) / 16 ** m[3].length : 0);
  return (m[1] ? -1 : 1) * mantissa * 2 ** Number(m[4]);
}

/**
 * A glyph of the hinting fixtures (scripts/make-hinting-fixtures.py): matplotlib's font file, the character,
 * the size in points at a dpi, and the size in pixels.
 */
export interface FixtureGlyph {
  file: string;
  char: string;
  pt: number;
  dpi: number;
  px: number;
}

/** The bundled faces the hinting fixtures' font files are. */
export const FIXTURE_FACES: Record<string, FontFace> = {
  'DejaVuSans.ttf': { family: 'DejaVu Sans', weight: 'normal', style: 'normal' },
  'DejaVuSans-Oblique.ttf': { family: 'DejaVu Sans', weight: 'normal', style: 'italic' },
  'DejaVuSerif.ttf': { family: 'DejaVu Serif', weight: 'normal', style: 'normal' },
};

export const glyphName = (c: FixtureGlyph) => `${c.file} '${c.char}' at ${c.pt} pt, ${c.dpi} dpi`;

type Raw = number | string;
interface GridEntry {
  torch: string;
  params: Record<string, number | string>;
  gate: number[];
  up: number[];
  y: Raw[];
  dgate: Raw[];
  dup: Raw[];
}

interface RawFile {
  torch: string;
  x: Raw[];
  functions: Record<string, { torch: string; params: Record<string, number | string>; y: Raw[]; dy: Raw[] }>;
  arange_float32: Record<string, number[]>;
  gated_grid: Record<string, GridEntry>;
}

const decode = (v: Raw): number =>
  typeof v === 'number' ? v : v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v);

export function loadReference() {
  const raw = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-float64.json'), 'utf8')) as RawFile;
  const functions = Object.fromEntries(
    Object.entries(raw.functions).map(([k, v]) => [
      k,
      { torch: v.torch, params: v.params, y: v.y.map(decode), dy: v.dy.map(decode) },
    ]),
  );
  const grids = Object.fromEntries(
    Object.entries(raw.gated_grid).map(([k, v]) => [
      k,
      { ...v, y: v.y.map(decode), dgate: v.dgate.map(decode), dup: v.dup.map(decode) },
    ]),
  );
  return { torch: raw.torch, x: raw.x.map(decode), functions, arange: raw.arange_float32, grids };
}

type LowDType = 'bfloat16' | 'float16';

/** torch's bfloat16 and float16 values (test/fixtures/torch-lowp.json): 16-bit patterns decoded to numbers. */
export function loadLowPrecision(dtype: LowDType) {
  const raw = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'torch-lowp.json'), 'utf8')) as {
    torch: string;
  } & Record<
    LowDType,
    {
      x: string;
      functions: Record<
        string,
        { torch: string; params: Record<string, number | string>; y: string; alone: Record<string, string> }
      >;
    }
  >;
  const entry = raw[dtype];
  const decodeAll = (b64: string) => Array.from(decode16(Buffer.from(b64, 'base64')), (bits) => fromBits(dtype, bits));
  return {
    torch: raw.torch,
    x: decodeAll(entry.x),
    functions: Object.fromEntries(
      Object.entries(entry.functions).map(([k, v]) => [
        k,
        {
          ...v,
          y: decodeAll(v.y),
          // Where torch's scalar path (one element, or a strided tensor) rounds apart from its vector kernel.
          alone: new Map(Object.entries(v.alone).map(([i, b64]) => [Number(i), decodeAll(b64)[0]])),
        },
      ]),
    ),
  };
}

function decode16(bytes: Buffer): Uint16Array {
  const out = new Uint16Array(bytes.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt16LE(2 * i);
  return out;
}

/** A bfloat16 is the top half of a float32; a float16 is decoded from its sign, exponent and fraction. */
export function fromBits(dtype: LowDType, bits: number): number {
  if (dtype === 'bfloat16') return new Float32Array(new Uint32Array([bits << 16]).buffer)[0];
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/**
 * |ours − torch| ≤ 1e-12·|torch| + 1e-15·scale, with NaN matching NaN and infinities matching exactly; scale is
 * the factor a product multiplies an activation's rounding by (1 for a function alone).
 */
export function agrees(ours: number, torch: number, scale = 1): boolean {
  if (Number.isNaN(torch)) return Number.isNaN(ours);
  if (!Number.isFinite(torch)) return ours === torch;
  return Math.abs(ours - torch) <= 1e-12 * Math.abs(torch) + 1e-15 * scale;
}
