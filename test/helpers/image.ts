/**
 * Geometry of a rendered figure against a matplotlib reference: frame lines, curve pixels per colour and
 * the remaining dark ink (text, ticks), measured in pixels with chamfer (nearest-pixel) distances.
 */
import * as fs from 'node:fs';
import { createCanvas, Image } from 'canvas';

export interface Rgb {
  width: number;
  height: number;
  px: Uint8ClampedArray;
} // RGB, composited on white

/** A binary PPM's size and where its pixels start (the header: P6, width, height, 255, one whitespace each). */
export function ppmHeader(bytes: Buffer): { width: number; height: number; start: number } | undefined {
  if (bytes.toString('latin1', 0, 2) !== 'P6') return undefined;
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString('latin1', 0, 64));
  if (!m || m[3] !== '255') throw new Error('a PPM of 8-bit samples was expected');
  return { width: Number(m[1]), height: Number(m[2]), start: m[0].length };
}

/**
 * Decodes a PNG, or a binary PPM (as pdftoppm writes it without -png: the same pixels, without compressing
 * them), or rasterises an SVG at the given pixel size (librsvg, through node-canvas).
 */
export function decodePng(bytes: Buffer, size?: [number, number]): Rgb {
  const ppm = ppmHeader(bytes);
  if (ppm) {
    const px = new Uint8ClampedArray(ppm.width * ppm.height * 3);
    px.set(bytes.subarray(ppm.start, ppm.start + px.length));
    return { width: ppm.width, height: ppm.height, px };
  }
  const img = new Image();
  img.src = bytes;
  const [width, height] = size ?? [img.width, img.height];
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(img, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const px = new Uint8ClampedArray(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    px[j] = rgba[i];
    px[j + 1] = rgba[i + 1];
    px[j + 2] = rgba[i + 2];
  }
  return { width, height, px };
}

type Mask = Uint8Array;

// Plain comparisons rather than Math.max/min with three arguments: these run on every pixel of every case.
const max3 = (r: number, g: number, b: number) => (r > g ? (r > b ? r : b) : g > b ? g : b);
const min3 = (r: number, g: number, b: number) => (r < g ? (r < b ? r : b) : g < b ? g : b);

/** Dark grey to black pixels (text, ticks, frames). */
function darkNeutralMask(img: Rgb): Mask {
  const { px } = img;
  const m = new Uint8Array(img.width * img.height);
  for (let i = 0, j = 0; i < m.length; i++, j += 3) {
    const r = px[j],
      g = px[j + 1],
      b = px[j + 2];
    if (r >= 110 || g >= 110 || b >= 110) continue; // most pixels: light (their maximum is 110 or more)
    m[i] = max3(r, g, b) - min3(r, g, b) < 40 ? 1 : 0;
  }
  return m;
}

/**
 * The pixels of each curve colour: saturated and nearer that colour than 90 levels. One pass for every
 * colour, since most pixels (white, grey, black) are not saturated and are passed over once.
 */
function colourMasks(img: Rgb, colours: [number, number, number][]): Mask[] {
  const { px } = img;
  const n = img.width * img.height;
  const masks = colours.map(() => new Uint8Array(n));
  for (let i = 0, j = 0; i < n; i++, j += 3) {
    const r = px[j],
      g = px[j + 1],
      b = px[j + 2];
    if (max3(r, g, b) - min3(r, g, b) <= 60) continue;
    for (let k = 0; k < colours.length; k++) {
      const [cr, cg, cb] = colours[k];
      if ((r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2 < 8100) masks[k][i] = 1;
    }
  }
  return masks;
}

/**
 * Squared Euclidean distance to the nearest set pixel: the vertical distances by two scans down and up the
 * rows (row-major, so every column advances at once), then Felzenszwalb & Huttenlocher's lower envelope of
 * parabolas along each row. Exact: every value is a sum of squared integers.
 */
export function distanceTransform(m: Mask, w: number, h: number): Float64Array {
  const INF = 1e20;
  const d = new Float64Array(w * h);
  // Vertical distance in rows to the nearest set pixel of the column; `none` where the column has none.
  const none = 1 << 30;
  const col = new Int32Array(w * h);
  for (let x = 0; x < w; x++) col[x] = m[x] ? 0 : none;
  for (let y = 1; y < h; y++) {
    for (let i = y * w, end = i + w; i < end; i++) col[i] = m[i] ? 0 : col[i - w] === none ? none : col[i - w] + 1;
  }
  for (let y = h - 2; y >= 0; y--) {
    for (let i = y * w, end = i + w; i < end; i++) if (col[i + w] + 1 < col[i]) col[i] = col[i + w] + 1;
  }
  for (let i = 0; i < d.length; i++) d[i] = col[i] >= none ? INF : col[i] * col[i];
  const f = new Float64Array(w),
    out = new Float64Array(w),
    v = new Int32Array(w),
    z = new Float64Array(w + 1);
  for (let y = 0; y < h; y++) {
    const row = y * w;
    // The lower envelope of the parabolas of the finite entries alone (an infinite one is never lowest).
    let k = -1;
    for (let q = 0; q < w; q++) {
      const fq = d[row + q];
      if (fq >= INF) continue;
      f[q] = fq;
      if (k < 0) {
        k = 0;
        v[0] = q;
        z[0] = -INF;
        z[1] = INF;
        continue;
      }
      let s = (fq + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
      while (s <= z[k]) {
        k--;
        s = (fq + q * q - (f[v[k]] + v[k] * v[k])) / (2 * q - 2 * v[k]);
      }
      k++;
      v[k] = q;
      z[k] = s;
      z[k + 1] = INF;
    }
    if (k < 0) continue; // an empty row stays infinite
    k = 0;
    for (let q = 0; q < w; q++) {
      while (z[k + 1] < q) k++;
      out[q] = (q - v[k]) ** 2 + f[v[k]];
    }
    d.set(out, row);
  }
  return d;
}

export interface Chamfer {
  mean: number;
  p95: number;
  refPx: number;
  ourPx: number;
}

/**
 * Offsets within SEARCH_RADIUS of a pixel, nearest first: a disc, so that the first set pixel met going
 * through them is a nearest one.
 */
const SEARCH_RADIUS = 12;
const OFFSETS = (() => {
  const all: [number, number, number][] = [];
  for (let dy = -SEARCH_RADIUS; dy <= SEARCH_RADIUS; dy++)
    for (let dx = -SEARCH_RADIUS; dx <= SEARCH_RADIUS; dx++)
      if (dx * dx + dy * dy <= SEARCH_RADIUS ** 2) all.push([dx, dy, dx * dx + dy * dy]);
  all.sort((p, q) => p[2] - q[2]);
  return { dx: Int32Array.from(all, (o) => o[0]), dy: Int32Array.from(all, (o) => o[1]), d2: all.map((o) => o[2]) };
})();

/**
 * The distance from each set pixel of `from` to the nearest set pixel of `to`, in scan order. Exact either
 * way: a search outward through OFFSETS, since most pixels of one drawing lie a pixel or two from the
 * other's; from the first pixel with none within the radius on, the distance transform of `to`.
 */
function nearestDistances(from: Int32Array, to: Mask, w: number, h: number): Float64Array {
  const out = new Float64Array(from.length);
  const { dx, dy, d2 } = OFFSETS;
  let far: Float64Array | undefined;
  for (let k = 0; k < from.length; k++) {
    const i = from[k];
    let best = -1;
    if (!far) {
      const x = i % w,
        y = (i - x) / w;
      for (let o = 0; o < d2.length; o++) {
        const nx = x + dx[o],
          ny = y + dy[o];
        if (nx >= 0 && nx < w && ny >= 0 && ny < h && to[ny * w + nx]) {
          best = d2[o];
          break;
        }
      }
      if (best < 0) far = distanceTransform(to, w, h);
    }
    out[k] = Math.sqrt(best >= 0 ? best : far![i]);
  }
  return out;
}

/** The set pixels of a mask, in scan order; kept per mask (a reference's are asked for by every format). */
const setPixels = new WeakMap<Mask, Int32Array>();
function pixelsIn(m: Mask): Int32Array {
  let out = setPixels.get(m);
  if (!out) {
    let n = 0;
    for (let i = 0; i < m.length; i++) n += m[i];
    out = new Int32Array(n);
    for (let i = 0, k = 0; k < n; i++) if (m[i]) out[k++] = i;
    setPixels.set(m, out);
  }
  return out;
}

/** Distances from every reference pixel to ours and back: mean of both, the larger of the two p95s. */
export function chamfer(ref: Mask, ours: Mask, w: number, h: number): Chamfer {
  const [refSet, ourSet] = [pixelsIn(ref), pixelsIn(ours)];
  const [refPx, ourPx] = [refSet.length, ourSet.length];
  if (!refPx && !ourPx) return { mean: 0, p95: 0, refPx, ourPx };
  if (!refPx || !ourPx) return { mean: Infinity, p95: Infinity, refPx, ourPx };
  const a = nearestDistances(refSet, ours, w, h),
    b = nearestDistances(ourSet, ref, w, h);
  // A typed array sorts numerically, and the mean adds a's then b's as one list of both would.
  let sum = 0;
  for (const v of a) sum += v;
  for (const v of b) sum += v;
  const p95 = (v: Float64Array) => v.sort()[Math.min(v.length - 1, Math.floor(0.95 * (v.length - 1)))];
  return { mean: sum / (refPx + ourPx), p95: Math.max(p95(a), p95(b)), refPx, ourPx };
}

interface Line {
  pos: number;
  start: number;
  end: number;
}

/** How dark each neutral pixel is (0 for white, 255 for black); 0 for a coloured one. */
function neutralDarkness(img: Rgb): Float64Array {
  const { px } = img;
  const out = new Float64Array(img.width * img.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) {
    const r = px[j],
      g = px[j + 1],
      b = px[j + 2];
    if ((r & g & b) === 255) continue; // white, most of a figure: 0
    out[i] = max3(r, g, b) - min3(r, g, b) < 40 ? 255 - (r + g + b) / 3 : 0;
  }
  return out;
}

/** Long dark lines (frames, at least 60 px) along rows or columns, neighbouring rows merged. */
export function longLines(img: Rgb, vertical: boolean, dark = neutralDarkness(img)): Line[] {
  const { width: w, height: h } = img;
  // A pixel is on when it and its neighbour across the line (below, or to the right) are dark enough
  // together. Scanned row by row either way (one run counter per column for vertical lines), for the cache.
  const outer = vertical ? w : h;
  const run = new Int32Array(outer);
  const raw: Line[] = [];
  const close = (a: number, end: number) => {
    if (run[a] >= 60) raw.push({ pos: a, start: end - run[a], end });
    run[a] = 0;
  };
  // One loop for each direction, so that the inner one has no branch on it (it runs over every pixel).
  if (vertical) {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      for (let x = 0; x < w; x++) {
        const i = row + x;
        if (dark[i] + (x + 1 < w ? dark[i + 1] : 0) >= 220) run[x]++;
        else if (run[x]) close(x, y);
      }
    }
  } else {
    for (let y = 0; y < h; y++) {
      const row = y * w;
      const below = y + 1 < h;
      for (let x = 0; x < w; x++) {
        const i = row + x;
        if (dark[i] + (below ? dark[i + w] : 0) >= 220) run[y]++;
        else if (run[y]) close(y, x);
      }
      if (run[y]) close(y, w);
    }
  }
  if (vertical) for (let x = 0; x < w; x++) if (run[x]) close(x, h);
  const merged: (Line & { rows: number[] })[] = [];
  for (const l of raw.sort((p, q) => p.pos - q.pos || p.start - q.start)) {
    const g = merged.find(
      (m) => l.pos - m.rows[m.rows.length - 1] <= 1 && Math.abs(l.start - m.start) <= 3 && Math.abs(l.end - m.end) <= 3,
    );
    if (g) g.rows.push(l.pos);
    else merged.push({ ...l, rows: [l.pos] });
  }
  return merged.map((g) => ({ pos: g.rows.reduce((s, v) => s + v, 0) / g.rows.length, start: g.start, end: g.end }));
}

/** For each reference line the distance to the nearest of ours (worst), and how many have none within 20 px. */
function matchLines(ref: Line[], ours: Line[]): { worst: number; missing: number } {
  let worst = 0,
    missing = 0;
  for (const r of ref) {
    const c = ours
      .filter((o) => Math.min(r.end, o.end) - Math.max(r.start, o.start) > 0.5 * (r.end - r.start))
      .map((o) => Math.abs(r.pos - o.pos) + Math.max(Math.abs(r.start - o.start), Math.abs(r.end - o.end)) / 4);
    const best = Math.min(Infinity, ...c);
    if (best > 20) missing++;
    else worst = Math.max(worst, best);
  }
  return { worst, missing };
}

export const CURVE_COLOURS: Record<string, [number, number, number]> = {
  blue: [0, 0, 255],
  green: [0, 128, 0],
  red: [255, 0, 0],
  orange: [255, 165, 0],
  C0: [31, 119, 180],
  C1: [255, 127, 14],
  C2: [44, 160, 44],
  C3: [214, 39, 40],
};

/**
 * Candidate colours of the references drawn with a style sheet's cycle (visual.ts names which case takes
 * which): the first colours of ggplot's, bmh's, fivethirtyeight's, seaborn-v0_8-deep's and tableau-colorblind10's
 * cycles, test/fixtures/styles/paper.mplstyle's, and dark_background's as its inverted
 * figure shows them. Only a case's own are looked for: another cycle's colour can lie within reach of the
 * blended edges of the default cycle's.
 */
export const STYLE_COLOURS: Record<string, [number, number, number]> = {
  ggplot0: [0xe2, 0x4a, 0x33],
  ggplot1: [0x34, 0x8a, 0xbd],
  ggplot2: [0x98, 0x8e, 0xd5],
  bmh1: [0xa6, 0x06, 0x28],
  fte0: [0x00, 0x8f, 0xd5],
  fte1: [0xfc, 0x4f, 0x30],
  deep0: [0x4c, 0x72, 0xb0],
  deep1: [0x55, 0xa8, 0x68],
  deep2: [0xc4, 0x4e, 0x52],
  tcb0: [0x00, 0x6b, 0xa4],
  tcb1: [0xff, 0x80, 0x0e],
  paper0: [0x00, 0x72, 0xb2],
  paper1: [0xd5, 0x5e, 0x00],
  paper2: [0x00, 0x9e, 0x73],
  darkInverted0: [0xff - 0x8d, 0xff - 0xd3, 0xff - 0xc7],
  darkInverted1: [0xff - 0xfe, 0xff - 0xff, 0xff - 0xb3],
  // C0 at alpha 0.6 and C1 at 0.5 over white, a·c + (1 − a)·255 (worked by hand): the curve-alpha case's.
  alpha0: [121, 173, 210],
  alpha1: [255, 191, 135],
};

export interface TextGroups {
  groups: number;
  /** Largest and median centroid shift of a group of text ink (px). */
  shift: number;
  medianShift: number;
  /** Largest relative change of a group's spread, horizontal or vertical. */
  spread: number;
  /** The group mass ratio (ours / reference) farthest from 1. */
  mass: number;
  /** Share of our text ink outside every reference group. */
  stray: number;
}

export interface Comparison {
  size: boolean;
  frame: { worst: number; missing: number; refLines: number; ourLines: number };
  curves: Record<string, Chamfer>;
  ink: Chamfer;
  text: TextGroups;
}

export interface Checks {
  /** The text-group tolerances. */
  text?: boolean;
  /** Curve colours whose distance is not held to the tolerance (each other check still is). */
  skipCurves?: string[];
}

/** The pass rule of the project's fidelity checks: the same tolerances as matplotlib's own SVG needs. */
export function passes(c: Comparison, checks: Checks = {}): boolean {
  const { text = true, skipCurves = [] } = checks;
  const geometry =
    c.size &&
    c.frame.missing === 0 &&
    c.frame.worst <= 2 &&
    Object.entries(c.curves).every(([name, k]) => k.p95 <= 2 || skipCurves.includes(name)) &&
    c.frame.ourLines <= c.frame.refLines + 2 &&
    c.ink.mean <= 2 &&
    c.ink.p95 <= 6;
  const t = c.text;
  return (
    geometry &&
    (!text ||
      (t.medianShift <= 2 && t.shift <= 5 && t.spread <= 0.2 && t.mass >= 0.8 && t.mass <= 1.25 && t.stray <= 0.03))
  );
}

/** What the comparison measures of one image: its frame lines, curve masks, ink and text darkness. */
interface Side {
  img: Rgb;
  hLines: Line[];
  vLines: Line[];
  /** One mask per curve colour the reference shows, in CURVE_COLOURS's order. */
  curveMasks: Mask[];
  /** Dark neutral pixels away from the frames and curves. */
  ink: Mask;
  /** Text darkness: without the frames, the band of tick marks along them and the curves. */
  text: Float64Array;
}

/**
 * A reference analysed once, for any number of figures compared with it (the visual suite compares each
 * reference with actplot's PNG, SVG and PDF): its side, the curve colours it shows and its text groups.
 */
export interface Reference {
  side: Side;
  colours: [string, [number, number, number]][];
  groups: RefGroups;
}

export function analyseReference(ref: Rgb, styleColours: readonly string[] = []): Reference {
  const colours = coloursShown(ref, styleColours);
  const side = analyseSide(ref, colours);
  return { side, colours, groups: refGroups(side.text, ref.width, ref.height) };
}

export function compareFigures(ours: Rgb, ref: Rgb | Reference): Comparison {
  const r = 'side' in ref ? ref : analyseReference(ref);
  const { width: w, height: h } = r.side.img;
  if (ours.width !== w || ours.height !== h) {
    return {
      size: false,
      frame: { worst: Infinity, missing: 0, refLines: 0, ourLines: 0 },
      curves: {},
      ink: { mean: Infinity, p95: Infinity, refPx: 0, ourPx: 0 },
      text: { groups: 0, shift: Infinity, medianShift: Infinity, spread: Infinity, mass: 0, stray: 1 },
    };
  }
  const o = analyseSide(ours, r.colours);
  const mh = matchLines(r.side.hLines, o.hLines),
    mv = matchLines(r.side.vLines, o.vLines);
  const curves: Record<string, Chamfer> = {};
  r.colours.forEach(([name], k) => {
    curves[name] = chamfer(r.side.curveMasks[k], o.curveMasks[k], w, h);
  });
  return {
    size: true,
    frame: {
      worst: Math.max(mh.worst, mv.worst),
      missing: mh.missing + mv.missing,
      refLines: r.side.hLines.length + r.side.vLines.length,
      ourLines: o.hLines.length + o.vLines.length,
    },
    curves,
    ink: chamfer(r.side.ink, o.ink, w, h),
    text: textGroups(r.groups, o.text, w),
  };
}

/** The curve colours a reference shows: at least 20 pixels of the colour exactly (within 8 levels). */
function coloursShown(ref: Rgb, styleColours: readonly string[]): [string, [number, number, number]][] {
  const colours = [...Object.entries(CURVE_COLOURS), ...styleColours.map((n) => [n, STYLE_COLOURS[n]] as const)] as [
    string,
    [number, number, number],
  ][];
  const exact = colours.map(() => 0);
  const flat = Int32Array.from(colours.flatMap(([, rgb]) => rgb));
  const { px } = ref;
  for (let i = 0; i < ref.width * ref.height; i++) {
    const r = px[3 * i],
      g = px[3 * i + 1],
      b = px[3 * i + 2];
    // Every curve colour is saturated (its channels 100 or more apart): a pixel within 8 levels of one is too.
    if (max3(r, g, b) - min3(r, g, b) <= 60) continue;
    for (let k = 0; k < exact.length; k++) {
      const dr = r - flat[3 * k],
        dg = g - flat[3 * k + 1],
        db = b - flat[3 * k + 2];
      if (dr * dr + dg * dg + db * db < 64) exact[k]++;
    }
  }
  return colours.filter((_, k) => exact[k] >= 20);
}

function analyseSide(img: Rgb, colours: [string, [number, number, number]][]): Side {
  const { width: w, height: h } = img;
  const dark = neutralDarkness(img);
  const hLines = longLines(img, false, dark),
    vLines = longLines(img, true, dark);
  const curveMasks = colourMasks(
    img,
    colours.map(([, rgb]) => rgb),
  );
  const curvesNear = new Uint8Array(w * h);
  for (const m of curveMasks) dilateInto(curvesNear, m, w, h, 2, true);
  const lineBand = (into: Mask) => {
    for (const [lines, vertical] of [
      [hLines, false],
      [vLines, true],
    ] as const)
      for (const l of lines)
        for (let k = roundHalfEven(l.pos) - 1; k <= roundHalfEven(l.pos) + 2; k++) {
          if (vertical) {
            if (k < 0 || k >= w) continue;
            for (let y = Math.max(l.start, 0); y < Math.min(l.end, h); y++) into[y * w + k] = 1;
          } else if (k >= 0 && k < h) {
            into.fill(1, k * w + Math.max(l.start, 0), k * w + Math.min(l.end, w));
          }
        }
  };
  // Ink: dark pixels that are not near a curve, nor on a frame line's band.
  const near = curvesNear.slice();
  lineBand(near);
  const ink = darkNeutralMask(img);
  for (let i = 0; i < ink.length; i++) if (near[i]) ink[i] = 0;
  // Text: without the frames, the band of tick marks along them (8 px) and the curves.
  const lines = new Uint8Array(w * h);
  lineBand(lines);
  const band = new Uint8Array(w * h);
  dilateInto(band, lines, w, h, 8, true);
  for (let i = 0; i < band.length; i++) band[i] |= curvesNear[i];
  return { img, hLines, vLines, curveMasks, ink, text: darkness(dark, band) };
}

/** Darkness of neutral pixels above the grid's grey (text and ticks are black); 0 where excluded. */
function darkness(dark: Float64Array, exclude: Mask): Float64Array {
  // neutralDarkness's value less 90: the same sum, 255 - (r + g + b) / 3 - 90, for each neutral pixel.
  const d = new Float64Array(dark.length);
  for (let i = 0; i < d.length; i++) if (!exclude[i] && dark[i] > 90) d[i] = dark[i] - 90;
  return d;
}

/**
 * Groups of reference text ink (a tick label, a title, a legend entry: ink within 3 px of each other), each
 * compared with our ink in the same window by darkness-weighted centroid, spread and mass.
 */
interface Moments {
  mass: number;
  cx: number;
  cy: number;
  sx: number;
  sy: number;
}

/** The reference's side of the text groups: every group's window, and the heavy ones with their moments. */
interface RefGroups {
  covered: Mask;
  heavy: { x0: number; x1: number; y0: number; y1: number; moments: Moments }[];
}

const GROUP_MARGIN = 4;

function refGroups(ref: Float64Array, w: number, h: number): RefGroups {
  const seen = new Uint8Array(w * h);
  for (let i = 0; i < seen.length; i++) seen[i] = ref[i] > 20 ? 1 : 0;
  const grown = new Uint8Array(w * h);
  dilateInto(grown, seen, w, h, 3);
  const covered = new Uint8Array(w * h);
  const heavy: RefGroups['heavy'] = [];
  for (const g of boundingBoxes(grown, w, h)) {
    const x0 = Math.max(g.x0 - GROUP_MARGIN, 0),
      x1 = Math.min(g.x1 + GROUP_MARGIN, w),
      y0 = Math.max(g.y0 - GROUP_MARGIN, 0),
      y1 = Math.min(g.y1 + GROUP_MARGIN, h);
    for (let y = y0; y < y1; y++) covered.fill(1, y * w + x0, y * w + x1);
    const m = moments(ref, w, x0, x1, y0, y1);
    if (m.mass >= 165 * 3) heavy.push({ x0, x1, y0, y1, moments: m });
  }
  return { covered, heavy };
}

function textGroups(ref: RefGroups, ours: Float64Array, w: number): TextGroups {
  const covered = ref.covered;
  const shifts: number[] = [];
  let spread = 0,
    mass = 1,
    groups = 0;
  for (const { x0, x1, y0, y1, moments: sr } of ref.heavy) {
    const so = moments(ours, w, x0, x1, y0, y1);
    groups++;
    if (so.mass < 165) {
      shifts.push(GROUP_MARGIN * 4);
      mass = 0;
      continue;
    }
    shifts.push(Math.hypot(sr.cx - so.cx, sr.cy - so.cy));
    spread = Math.max(
      spread,
      Math.abs(sr.sx - so.sx) / Math.max(sr.sx, 1),
      Math.abs(sr.sy - so.sy) / Math.max(sr.sy, 1),
    );
    const ratio = so.mass / sr.mass;
    if (mass > 0 && Math.abs(Math.log(ratio)) > Math.abs(Math.log(mass))) mass = ratio;
  }
  let strayMass = 0,
    total = 0;
  for (let i = 0; i < ours.length; i++) {
    total += ours[i];
    if (!covered[i]) strayMass += ours[i];
  }
  const sorted = [...shifts].sort((a, b) => a - b);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
    : 0;
  return {
    groups,
    shift: Math.max(0, ...shifts),
    medianShift: median,
    spread,
    mass,
    stray: strayMass / Math.max(total, 1),
  };
}

function moments(d: Float64Array, w: number, x0: number, x1: number, y0: number, y1: number): Moments {
  let m = 0,
    mx = 0,
    my = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const v = d[y * w + x];
      m += v;
      mx += v * (x - x0);
      my += v * (y - y0);
    }
  const cx = mx / (m || 1),
    cy = my / (m || 1);
  let vx = 0,
    vy = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const v = d[y * w + x];
      vx += v * (x - x0 - cx) ** 2;
      vy += v * (y - y0 - cy) ** 2;
    }
  return { mass: m, cx, cy, sx: Math.sqrt(vx / (m || 1)), sy: Math.sqrt(vy / (m || 1)) };
}

/** Bounding boxes of the 4-connected components of a mask. */
function boundingBoxes(m: Mask, w: number, h: number): { x0: number; x1: number; y0: number; y1: number }[] {
  const label = new Int32Array(w * h);
  const out: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const stack: number[] = [];
  for (let start = 0; start < m.length; start++) {
    if (!m[start] || label[start]) continue;
    const box = { x0: w, x1: 0, y0: h, y1: 0 };
    label[start] = out.length + 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w,
        y = (i - x) / w;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x + 1);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y + 1);
      for (const j of [x > 0 ? i - 1 : -1, x + 1 < w ? i + 1 : -1, y > 0 ? i - w : -1, y + 1 < h ? i + w : -1]) {
        if (j >= 0 && m[j] && !label[j]) {
          label[j] = out.length + 1;
          stack.push(j);
        }
      }
    }
    out.push(box);
  }
  return out;
}

/** Python's round(): halves go to the even neighbour (a line's position is often a half). */
function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d !== 0.5) return d < 0.5 ? f : f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Marks every pixel within r of a set pixel: a square (separable maximum filter), or a diamond as r rounds
 * of cross-shaped dilation give (scipy's binary_dilation with iterations=r).
 */
function dilateInto(into: Mask, m: Mask, w: number, h: number, r: number, diamond = false): void {
  if (diamond) {
    diamondInto(into, m, w, h, r);
    return;
  }
  const cur = maxFilter(maxFilter(m, w, h, r, 1, w), w, h, r, w, 1);
  for (let i = 0; i < into.length; i++) into[i] |= cur[i];
}

/**
 * Marks every pixel within city-block distance r of a set pixel: each row's runs of set pixels, widened by
 * r - |dy| on the row dy away (a frame line is a handful of long runs, a curve a few pixels per row).
 */
function diamondInto(into: Mask, m: Mask, w: number, h: number, r: number): void {
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      if (!m[row + x]) continue;
      const start = x;
      while (x + 1 < w && m[row + x + 1]) x++;
      for (let dy = Math.max(-r, -y); dy <= Math.min(r, h - 1 - y); dy++) {
        const reach = r - Math.abs(dy);
        const target = (y + dy) * w;
        into.fill(1, target + Math.max(0, start - reach), target + Math.min(w - 1, x + reach) + 1);
      }
    }
  }
}

/** Running maximum over ±r along one direction (step within a line, lines `stride` apart). */
function maxFilter(m: Mask, w: number, h: number, r: number, step: number, stride: number): Mask {
  const out = new Uint8Array(w * h);
  const [lines, len] = step === 1 ? [h, w] : [w, h];
  for (let l = 0; l < lines; l++) {
    const base = l * stride;
    let last = -Infinity; // position of the last set pixel seen
    for (let k = 0; k < len + r; k++) {
      if (k < len && m[base + k * step]) last = k;
      const target = k - r;
      if (target >= 0 && target < len && k - last <= 2 * r) out[base + target * step] = 1;
    }
    let next = Infinity;
    for (let k = len - 1; k >= -r; k--) {
      if (k >= 0 && m[base + k * step]) next = k;
      const target = k + r;
      if (target >= 0 && target < len && next - k <= 2 * r) out[base + target * step] = 1;
    }
  }
  return out;
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
    const a = ours.width === w && ours.height === h && ink(ours, i),
      b = ink(ref, i);
    const col = a && b ? [160, 160, 160] : a ? [230, 0, 0] : b ? [0, 120, 255] : [255, 255, 255];
    out.data.set([...col, 255], 4 * i);
  }
  ctx.putImageData(out, 0, 0);
  fs.writeFileSync(file, c.toBuffer('image/png'));
}
