/** The PyTorch reference values (test/fixtures/torch-float64.json) with "nan"/"inf" strings decoded. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

type Raw = number | string;
interface RawFile {
  x: Raw[];
  functions: Record<string, { torch: string; params: Record<string, number | string>; y: Raw[]; dy: Raw[] }>;
  arange_float32: Record<string, number[]>;
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
  return { x: raw.x.map(decode), functions, arange: raw.arange_float32 };
}

/** |ours − torch| ≤ 1e-12·|torch| + 1e-15, with NaN matching NaN and infinities matching exactly. */
export function agrees(ours: number, torch: number): boolean {
  if (Number.isNaN(torch)) return Number.isNaN(ours);
  if (!Number.isFinite(torch)) return ours === torch;
  return Math.abs(ours - torch) <= 1e-12 * Math.abs(torch) + 1e-15;
}
