/**
 * Geometry of a rendered figure against a matplotlib reference: frame lines, curve pixels per colour and
 * the remaining dark ink (text, ticks), measured in pixels with chamfer (nearest-pixel) distances.
 */
import * as fs from 'node:fs';
import { createCanvas, Image } from 'canvas';

export interface Rgb { width: number; height: number; px: Uint8ClampedArray } // RGB, composited on white

export function decodePng(bytes: Buffer): Rgb {
  const img = new Image();
  img.src = bytes;
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, img.width, img.height);
  ctx.drawImage(img, 0, 0);
  const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
  const px = new Uint8ClampedArray(img.width * img.height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) { px[j] = rgba[i]; px[j + 1] = rgba[i + 1]; px[j + 2] = rgba[i + 2]; }
  return { width: img.width, height: img.height, px };
}

type Mask = Uint8Array;

function mask(img: Rgb, test: (r: number, g: number, b: number) => boolean): Mask {
  const m = new Uint8Array(img.width * img.height);
  for (let i = 0; i < m.length; i++) m[i] = test(img.px[3 * i], img.px[3 * i + 1], img.px[3 * i + 2]) ? 1 : 0;
  return m;
}

const darkNeutral = (r: number, g: number, b: number) => Math.max(r, g, b) < 110 && Math.max(r, g, b) - Math.min(r, g, b) < 40;

/** Pixels of a curve colour: saturated and nearer that colour than 90 levels. */
function colourMask(img: Rgb, rgb: [number, number, number]): Mask {
  return mask(img, (r, g, b) => Math.max(r, g, b) - Math.min(r, g, b) > 60
    && Math.hypot(r - rgb[0], g - rgb[1], b - rgb[2]) < 90);
}

/** Squared Euclidean distance to the nearest set pixel (Felzenszwalb & Huttenlocher). */
export function distanceTransform(m: Mask, w: number, h: number): Float64Array {
  const INF = 1e20;
  const d = new Float64Array(w * h);
  for (let i = 0; i < d.length; i++) d[i] = m[i] ? 0 : INF;
  const pass = (get: (k: number) => number, set: (k: number, v: number) => void, n: number) => {
    const f = new Float64Array(n), out = new Float64Array(n), v = new Int32Array(n), z = new Float64Array(n + 1);
    for (let q = 0; q < n; q++) f[q] = get(q);
    let k = 0; v[0] = 0; z[0] = -INF; z[1] = INF;
    for (let q = 1; q < n; q++) {
      let s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
      while (s <= z[k]) { k--; s = ((f[q] + q * q) - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]); }
      k++; v[k] = q; z[k] = s; z[k + 1] = INF;
    }
    k = 0;
    for (let q = 0; q < n; q++) { while (z[k + 1] < q) k++; out[q] = (q - v[k]) ** 2 + f[v[k]]; }
    for (let q = 0; q < n; q++) set(q, out[q]);
  };
  for (let x = 0; x < w; x++) pass((y) => d[y * w + x], (y, val) => { d[y * w + x] = val; }, h);
  for (let y = 0; y < h; y++) pass((x) => d[y * w + x], (x, val) => { d[y * w + x] = val; }, w);
  return d;
}

export interface Chamfer { mean: number; p95: number; refPx: number; ourPx: number }

/** Distances from every reference pixel to ours and back: mean of both, the larger of the two p95s. */
export function chamfer(ref: Mask, ours: Mask, w: number, h: number): Chamfer {
  const count = (m: Mask) => m.reduce((s, v) => s + v, 0);
  const refPx = count(ref), ourPx = count(ours);
  if (!refPx && !ourPx) return { mean: 0, p95: 0, refPx, ourPx };
  if (!refPx || !ourPx) return { mean: Infinity, p95: Infinity, refPx, ourPx };
  const toOurs = distanceTransform(ours, w, h), toRef = distanceTransform(ref, w, h);
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < ref.length; i++) { if (ref[i]) a.push(Math.sqrt(toOurs[i])); if (ours[i]) b.push(Math.sqrt(toRef[i])); }
  const p95 = (v: number[]) => v.sort((x, y) => x - y)[Math.min(v.length - 1, Math.floor(0.95 * (v.length - 1)))];
  const all = [...a, ...b];
  return { mean: all.reduce((s, v) => s + v, 0) / all.length, p95: Math.max(p95(a), p95(b)), refPx, ourPx };
}

interface Line { pos: number; start: number; end: number }

/** Long dark lines (frames, at least 60 px) along rows or columns, neighbouring rows merged. */
export function longLines(img: Rgb, vertical: boolean): Line[] {
  const { width: w, height: h, px } = img;
  const dark = (x: number, y: number) => {
    const i = 3 * (y * w + x);
    const mx = Math.max(px[i], px[i + 1], px[i + 2]), mn = Math.min(px[i], px[i + 1], px[i + 2]);
    return mx - mn < 40 ? 255 - (px[i] + px[i + 1] + px[i + 2]) / 3 : 0;
  };
  const outer = vertical ? w : h, inner = vertical ? h : w;
  const raw: Line[] = [];
  for (let a = 0; a < outer; a++) {
    let run = 0;
    for (let b = 0; b <= inner; b++) {
      let on = false;
      if (b < inner) {
        const here = vertical ? dark(a, b) : dark(b, a);
        const next = a + 1 < outer ? (vertical ? dark(a + 1, b) : dark(b, a + 1)) : 0;
        on = here + next >= 220;
      }
      if (on) run++;
      else { if (run >= 60) raw.push({ pos: a, start: b - run, end: b }); run = 0; }
    }
  }
  const merged: (Line & { rows: number[] })[] = [];
  for (const l of raw.sort((p, q) => p.pos - q.pos || p.start - q.start)) {
    const g = merged.find((m) => l.pos - m.rows[m.rows.length - 1] <= 1 && Math.abs(l.start - m.start) <= 3 && Math.abs(l.end - m.end) <= 3);
    if (g) g.rows.push(l.pos); else merged.push({ ...l, rows: [l.pos] });
  }
  return merged.map((g) => ({ pos: g.rows.reduce((s, v) => s + v, 0) / g.rows.length, start: g.start, end: g.end }));
}

/** For each reference line the distance to the nearest of ours (worst), and how many have none within 20 px. */
function matchLines(ref: Line[], ours: Line[]): { worst: number; missing: number } {
  let worst = 0, missing = 0;
  for (const r of ref) {
    const c = ours.filter((o) => Math.min(r.end, o.end) - Math.max(r.start, o.start) > 0.5 * (r.end - r.start))
      .map((o) => Math.abs(r.pos - o.pos) + Math.max(Math.abs(r.start - o.start), Math.abs(r.end - o.end)) / 4);
    const best = Math.min(Infinity, ...c);
    if (best > 20) missing++; else worst = Math.max(worst, best);
  }
  return { worst, missing };
}

export const CURVE_COLOURS: Record<string, [number, number, number]> = {
  blue: [0, 0, 255], green: [0, 128, 0], red: [255, 0, 0], orange: [255, 165, 0],
  C0: [31, 119, 180], C1: [255, 127, 14], C2: [44, 160, 44], C3: [214, 39, 40],
};

export interface Comparison {
  size: boolean;
  frame: { worst: number; missing: number; refLines: number; ourLines: number };
  curves: Record<string, Chamfer>;
  ink: Chamfer;
}

export function compareFigures(ours: Rgb, ref: Rgb): Comparison {
  const { width: w, height: h } = ref;
  if (ours.width !== w || ours.height !== h) {
    return { size: false, frame: { worst: Infinity, missing: 0, refLines: 0, ourLines: 0 }, curves: {}, ink: { mean: Infinity, p95: Infinity, refPx: 0, ourPx: 0 } };
  }
  const hr = longLines(ref, false), ho = longLines(ours, false), vr = longLines(ref, true), vo = longLines(ours, true);
  const mh = matchLines(hr, ho), mv = matchLines(vr, vo);
  const curves: Record<string, Chamfer> = {};
  const near = { ref: new Uint8Array(w * h), ours: new Uint8Array(w * h) };
  for (const [name, rgb] of Object.entries(CURVE_COLOURS)) {
    const exact = mask(ref, (r, g, b) => Math.hypot(r - rgb[0], g - rgb[1], b - rgb[2]) < 8).reduce((s, v) => s + v, 0);
    if (exact < 20) continue;
    const mr = colourMask(ref, rgb), mo = colourMask(ours, rgb);
    curves[name] = chamfer(mr, mo, w, h);
    dilateInto(near.ref, mr, w, h, 2);
    dilateInto(near.ours, mo, w, h, 2);
  }
  const lineBand = (lines: Line[], vertical: boolean, into: Mask) => {
    for (const l of lines) for (let k = Math.round(l.pos) - 1; k <= Math.round(l.pos) + 2; k++) {
      for (let s = l.start; s < l.end; s++) {
        const [x, y] = vertical ? [k, s] : [s, k];
        if (x >= 0 && x < w && y >= 0 && y < h) into[y * w + x] = 1;
      }
    }
  };
  lineBand(hr, false, near.ref); lineBand(vr, true, near.ref);
  lineBand(ho, false, near.ours); lineBand(vo, true, near.ours);
  const inkRef = mask(ref, darkNeutral), inkOurs = mask(ours, darkNeutral);
  for (let i = 0; i < inkRef.length; i++) { if (near.ref[i]) inkRef[i] = 0; if (near.ours[i]) inkOurs[i] = 0; }
  return {
    size: true,
    frame: { worst: Math.max(mh.worst, mv.worst), missing: mh.missing + mv.missing, refLines: hr.length + vr.length, ourLines: ho.length + vo.length },
    curves,
    ink: chamfer(inkRef, inkOurs, w, h),
  };
}

function dilateInto(into: Mask, m: Mask, w: number, h: number, r: number): void {
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    if (!m[y * w + x]) continue;
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) {
      const X = x + dx, Y = y + dy;
      if (X >= 0 && X < w && Y >= 0 && Y < h) into[Y * w + X] = 1;
    }
  }
}

/** A picture of the dark and curve pixels: grey both, red ours only, blue the reference's only. */
export function writeDiff(ours: Rgb, ref: Rgb, file: string): void {
  const { width: w, height: h } = ref;
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  const out = ctx.createImageData(w, h);
  const ink = (img: Rgb, i: number) => {
    const [r, g, b] = [img.px[3 * i], img.px[3 * i + 1], img.px[3 * i + 2]];
    return Math.max(r, g, b) < 200 || Math.max(r, g, b) - Math.min(r, g, b) > 60;
  };
  for (let i = 0; i < w * h; i++) {
    const a = ours.width === w && ours.height === h && ink(ours, i), b = ink(ref, i);
    const col = a && b ? [160, 160, 160] : a ? [230, 0, 0] : b ? [0, 120, 255] : [255, 255, 255];
    out.data.set([...col, 255], 4 * i);
  }
  ctx.putImageData(out, 0, 0);
  fs.writeFileSync(file, c.toBuffer('image/png'));
}
