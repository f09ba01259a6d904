/**
 * TeX's box model as matplotlib's mathtext implements it (lib/matplotlib/_mathtext.py, after Knuth's "TeX: The
 * Program"): characters, kerns, glue and rules in horizontal and vertical lists, packed to their natural sizes,
 * then shipped out to glyph and rule positions. Written here rather than taken from a library because the
 * figures must match matplotlib's own layout to the pixel, quirks included (glue rounded to whole pixels, a
 * shrunk character keeping its first metrics). y grows downward, lengths are in pixels.
 */
import type { GlyphInfo } from './fontset';

/** How much a script is smaller than its base, and how many levels of that there are. */
export const SHRINK_FACTOR = 0.7;
export const NUM_SIZE_LEVELS = 6;

/** What a character needs from the fonts: its metrics, and a way to measure it again at another size. */
export interface CharSource {
  measure(c: string, font: string, fontClass: string, sizePx: number): GlyphInfo;
  kern(a: Char, b: Char): number;
}

export abstract class MathNode {
  size = 0;
  width = 0;
  height = 0;
  depth = 0;
  shrink(): void {
    this.size += 1;
  }
  kerningAfter(_next: MathNode | undefined): number {
    return 0;
  }
}

/** A box with a physical extent (a rule, or an empty box of given size). */
export class Box extends MathNode {
  constructor(width: number, height: number, depth: number) {
    super();
    this.width = width;
    this.height = height;
    this.depth = depth;
  }
  override shrink(): void {
    super.shrink();
    if (this.size < NUM_SIZE_LEVELS) {
      this.width *= SHRINK_FACTOR;
      this.height *= SHRINK_FACTOR;
      this.depth *= SHRINK_FACTOR;
    }
  }
}

export const vbox = (height: number, depth: number) => new Box(0, height, depth);
export const hbox = (width: number) => new Box(width, 0, 0);

/** One character in a font at a size; its metrics in TeX's terms (width, height above, depth below). */
export class Char extends MathNode {
  metrics!: GlyphInfo;
  constructor(
    readonly c: string,
    public font: string,
    readonly fontClass: string,
    public sizePx: number,
    protected readonly fonts: CharSource,
  ) {
    super();
    this.updateMetrics();
  }
  updateMetrics(): void {
    const m = (this.metrics = this.fonts.measure(this.c, this.font, this.fontClass, this.sizePx));
    this.width = this.c === ' ' ? m.advance : m.width;
    this.height = m.iceberg;
    this.depth = -(m.iceberg - m.height);
  }
  /** The glyph as drawn now (a shrunk character is drawn at its new size). */
  glyph(): GlyphInfo {
    return this.fonts.measure(this.c, this.font, this.fontClass, this.sizePx);
  }
  isSlanted(): boolean {
    return this.metrics.slanted;
  }
  override kerningAfter(next: MathNode | undefined): number {
    const advance = this.metrics.advance - this.width;
    return advance + (next instanceof Char ? this.fonts.kern(this, next) : 0);
  }
  override shrink(): void {
    super.shrink();
    if (this.size < NUM_SIZE_LEVELS) {
      this.sizePx *= SHRINK_FACTOR;
      this.width *= SHRINK_FACTOR;
      this.height *= SHRINK_FACTOR;
      this.depth *= SHRINK_FACTOR;
    }
  }
}

/** An accent: TrueType accents already sit at their height, so its box is its ink. */
export class Accent extends Char {
  override updateMetrics(): void {
    const m = (this.metrics = this.fonts.measure(this.c, this.font, this.fontClass, this.sizePx));
    this.width = m.xmax - m.xmin;
    this.height = m.ymax - m.ymin;
    this.depth = 0;
  }
  override shrink(): void {
    super.shrink();
    this.updateMetrics();
  }
}

/** Kerning, or any fixed horizontal (in an Hlist) or vertical (in a Vlist) space. */
export class Kern extends MathNode {
  constructor(width: number) {
    super();
    this.width = width;
  }
  override shrink(): void {
    super.shrink();
    if (this.size < NUM_SIZE_LEVELS) this.width *= SHRINK_FACTOR;
  }
}

interface GlueSpec {
  width: number;
  stretch: number;
  stretchOrder: number;
  shrink: number;
  shrinkOrder: number;
}
const GLUES = {
  fill: { width: 0, stretch: 1, stretchOrder: 2, shrink: 0, shrinkOrder: 0 },
  ss: { width: 0, stretch: 1, stretchOrder: 1, shrink: -1, shrinkOrder: 1 },
} satisfies Record<string, GlueSpec>;

export class Glue extends MathNode {
  spec: GlueSpec;
  constructor(kind: keyof typeof GLUES) {
    super();
    this.spec = GLUES[kind];
  }
  override shrink(): void {
    super.shrink();
    if (this.size < NUM_SIZE_LEVELS) this.spec = { ...this.spec, width: this.spec.width * SHRINK_FACTOR };
  }
}

/** A solid rectangle; an infinite dimension runs to the edge of the enclosing box. */
export class Rule extends Box {}

/** A horizontal rule of the given thickness, as wide as its Vlist. */
export const hrule = (thickness: number) => new Rule(Infinity, thickness / 2, thickness / 2);

abstract class List extends Box {
  shiftAmount = 0;
  glueSet = 0;
  glueSign = 0;
  glueOrder = 0;
  constructor(public children: MathNode[]) {
    super(0, 0, 0);
  }
  protected setGlue(x: number, sign: number, totals: number[]): void {
    let o = 0;
    for (let i = totals.length - 1; i >= 0; i--)
      if (totals[i] !== 0) {
        o = i;
        break;
      }
    this.glueOrder = o;
    this.glueSign = sign;
    if (totals[o] !== 0) this.glueSet = x / totals[o];
    else this.glueSign = 0;
  }
  /** The glue's setting for an excess (positive: stretch, negative: shrink) of the packed size. */
  protected fitGlue(excess: number, stretch: number[], shrink: number[]): void {
    if (excess === 0) {
      this.glueSign = 0;
      this.glueOrder = 0;
    } else if (excess > 0) this.setGlue(excess, 1, stretch);
    else this.setGlue(excess, -1, shrink);
  }

  override shrink(): void {
    for (const child of this.children) child.shrink();
    super.shrink();
    if (this.size < NUM_SIZE_LEVELS) {
      this.shiftAmount *= SHRINK_FACTOR;
      this.glueSet *= SHRINK_FACTOR;
    }
  }
}

export class Hlist extends List {
  constructor(children: MathNode[], w = 0, exactly = false, doKern = true) {
    super(children);
    if (doKern) this.kern();
    this.hpack(w, exactly);
  }

  /** Kern nodes between characters, from each character's advance and the fonts' pair kerning. */
  kern(): void {
    const out: MathNode[] = [];
    this.children.forEach((elem, i) => {
      out.push(elem);
      const k = elem.kerningAfter(this.children[i + 1]);
      if (k !== 0) out.push(new Kern(k));
    });
    this.children = out;
  }

  /** The natural width of the contents plus `w`, or exactly `w`, setting the glue to fit. */
  hpack(w = 0, exactly = false): void {
    let h = 0,
      d = 0,
      x = 0;
    const stretch = [0, 0, 0, 0],
      shrink = [0, 0, 0, 0];
    for (const p of this.children) {
      if (p instanceof Char) {
        x += p.width;
        h = Math.max(h, p.height);
        d = Math.max(d, p.depth);
      } else if (p instanceof Box) {
        x += p.width;
        if (Number.isFinite(p.height) && Number.isFinite(p.depth)) {
          const s = p instanceof List ? p.shiftAmount : 0;
          h = Math.max(h, p.height - s);
          d = Math.max(d, p.depth + s);
        }
      } else if (p instanceof Glue) {
        x += p.spec.width;
        stretch[p.spec.stretchOrder] += p.spec.stretch;
        shrink[p.spec.shrinkOrder] += p.spec.shrink;
      } else if (p instanceof Kern) x += p.width;
    }
    this.height = h;
    this.depth = d;
    const width = exactly ? w : w + x;
    this.width = width;
    this.fitGlue(width - x, stretch, shrink);
  }
}

export class Vlist extends List {
  constructor(children: MathNode[], h = 0, exactly = false) {
    super(children);
    this.vpack(h, exactly);
  }

  /** The natural height of the contents plus `h`, or exactly `h`; the depth at most `limit`. */
  vpack(h = 0, exactly = false, limit = Infinity): void {
    let w = 0,
      d = 0,
      x = 0;
    const stretch = [0, 0, 0, 0],
      shrink = [0, 0, 0, 0];
    for (const p of this.children) {
      if (p instanceof Box) {
        x += d + p.height;
        d = p.depth;
        if (Number.isFinite(p.width)) w = Math.max(w, p.width + (p instanceof List ? p.shiftAmount : 0));
      } else if (p instanceof Glue) {
        x += d;
        d = 0;
        x += p.spec.width;
        stretch[p.spec.stretchOrder] += p.spec.stretch;
        shrink[p.spec.shrinkOrder] += p.spec.shrink;
      } else if (p instanceof Kern) {
        x += d + p.width;
        d = 0;
      } else throw new Error('mathtext: a character in a vertical list');
    }
    this.width = w;
    if (d > limit) {
      x += d - limit;
      this.depth = limit;
    } else this.depth = d;
    const height = exactly ? h : h + x;
    this.height = height;
    this.fitGlue(height - x, stretch, shrink);
  }
}

/** An Hlist whose contents are centred in the width it is packed to. */
export const hcentered = (children: MathNode[]) =>
  new Hlist([new Glue('ss'), ...children, new Glue('ss')], 0, false, false);

/** A glyph at its pen position (x, y of the baseline), and a filled rectangle, in pixels from the box's corner. */
export interface ShippedGlyph {
  x: number;
  y: number;
  glyph: GlyphInfo;
}
export type ShippedRect = [x1: number, y1: number, x2: number, y2: number];

/**
 * The positions of the box's glyphs and rules, its top-left corner at (ox, oy) — TeX's hlist_out and vlist_out.
 * Glue is rounded to whole pixels, as matplotlib's ship rounds it.
 */
export function ship(box: Hlist, ox = 0, oy = 0): { glyphs: ShippedGlyph[]; rects: ShippedRect[] } {
  const glyphs: ShippedGlyph[] = [];
  const rects: ShippedRect[] = [];
  let curV = 0,
    curH = 0;
  const offH = ox,
    offV = oy + box.height;
  const clamp = (v: number) => Math.max(-1e9, Math.min(1e9, v));
  const glueStep = (list: List, spec: GlueSpec, state: { g: number; glue: number }) => {
    const size = spec.width - state.g;
    if (list.glueSign !== 0) {
      if (list.glueSign === 1 && spec.stretchOrder === list.glueOrder) {
        state.glue += spec.stretch;
        state.g = pyRound(clamp(list.glueSet * state.glue));
      } else if (list.glueSign === -1 && spec.shrinkOrder === list.glueOrder) {
        state.glue += spec.shrink;
        state.g = pyRound(clamp(list.glueSet * state.glue));
      }
    }
    return size + state.g;
  };

  const hlistOut = (list: Hlist) => {
    const glue = { g: 0, glue: 0 };
    const baseLine = curV;
    for (const p of list.children) {
      if (p instanceof Char) {
        const g = p.glyph();
        const at = p instanceof Accent ? { x: -p.metrics.xmin, y: p.metrics.ymin } : { x: 0, y: 0 };
        glyphs.push({ x: curH + offH + at.x, y: curV + offV + at.y, glyph: g });
        curH += p.width;
      } else if (p instanceof Kern) curH += p.width;
      else if (p instanceof List) {
        if (p.children.length === 0) curH += p.width;
        else {
          const edge = curH;
          curV = baseLine + p.shiftAmount;
          if (p instanceof Hlist) hlistOut(p);
          else vlistOut(p as Vlist);
          curH = edge + p.width;
          curV = baseLine;
        }
      } else if (p instanceof Box) {
        const height = Number.isFinite(p.height) ? p.height : list.height;
        const depth = Number.isFinite(p.depth) ? p.depth : list.depth;
        if (height > 0 && p.width > 0 && p instanceof Rule) {
          curV = baseLine + depth;
          rects.push([curH + offH, curV + offV, curH + offH + p.width, curV + offV + height]);
          curV = baseLine;
        }
        curH += p.width;
      } else if (p instanceof Glue) curH += glueStep(list, p.spec, glue);
    }
  };

  const vlistOut = (list: Vlist) => {
    const glue = { g: 0, glue: 0 };
    const leftEdge = curH;
    curV -= list.height;
    for (const p of list.children) {
      if (p instanceof Kern) curV += p.width;
      else if (p instanceof List) {
        if (p.children.length === 0) curV += p.height + p.depth;
        else {
          curV += p.height;
          curH = leftEdge + p.shiftAmount;
          const saveV = curV;
          p.width = list.width;
          if (p instanceof Hlist) hlistOut(p);
          else vlistOut(p as Vlist);
          curV = saveV + p.depth;
          curH = leftEdge;
        }
      } else if (p instanceof Box) {
        const width = Number.isFinite(p.width) ? p.width : list.width;
        const height = p.height + p.depth;
        // As matplotlib's vlist_out: a box without depth does not move the pen down.
        if (height > 0 && p.depth > 0) {
          curV += height;
          if (p instanceof Rule) rects.push([curH + offH, curV + offV, curH + offH + width, curV + offV + height]);
        }
      } else if (p instanceof Glue) curV += glueStep(list, p.spec, glue);
    }
  };

  hlistOut(box);
  return { glyphs, rects };
}

/** Python's round(): halves to even. */
export function pyRound(v: number): number {
  const r = Math.round(v);
  return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
