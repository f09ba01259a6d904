/**
 * A parsed string to TeX boxes, as matplotlib's mathtext parse actions build them (lib/matplotlib/_mathtext.py,
 * Parser): scripts, fractions, radicals, accents, operators and auto-sized delimiters, with matplotlib's font
 * constants of the fontset (Fontset.constants).
 */
import {
  Accent,
  Box,
  Char,
  Glue,
  Hlist,
  Kern,
  Vlist,
  hbox,
  hcentered,
  hrule,
  vbox,
  type CharSource,
  type MathNode,
} from './boxes';
import { Fontset } from './fontset';
import type { MathAst, MathPart } from './parse';
import { autoHeight, autoWidthAccent, delimited, type SizedContext, type State } from './sized';
import {
  ACCENTS,
  DROPSUB_SYMBOLS,
  OVERUNDER_FUNCTIONS,
  OVERUNDER_SYMBOLS,
  SPACE_WIDTHS,
  WIDE_ACCENTS,
} from './symbols';

/** An operator's Hlist remembers its name, for \max and \lim's limits above and below. */
class NamedHlist extends Hlist {
  functionName?: string;
}

export class Typesetter {
  private readonly chars: CharSource;
  private emCache = new Map<string, number>();
  /** Set by an operator followed by a script: the script then takes a thin space after it. */
  private operatorScripted = false;

  /** What the sized symbols need: the fonts and a way to make a character. */
  private readonly sized: SizedContext;

  constructor(private readonly fonts: Fontset) {
    this.sized = { fonts, char: (c, s, accent) => this.char(c, s, accent) };
    this.chars = {
      measure: (c, font, fontClass, sizePx) => fonts.info(font, fontClass, c, sizePx),
      kern: (a, b) => fonts.kern(a, b),
    };
  }

  /** The whole string: plain parts in the text's own face, math parts in mathtext.default. */
  typeset(parts: MathPart[], sizePx: number): Hlist {
    const items: MathNode[] = [];
    for (const part of parts) {
      if (part.math) {
        const state = { font: 'default', fontClass: 'rm', sizePx };
        this.setFont(state, this.fonts.mathDefault);
        items.push(new Hlist(this.nodes(part.items, state)));
      } else {
        const state = { font: 'default', fontClass: 'rm', sizePx };
        items.push(new Hlist(Array.from(part.text).map((c) => this.char(c, state))));
      }
    }
    return new Hlist(items);
  }

  private char(c: string, s: State, accent = false): Char {
    return accent
      ? new Accent(c, s.font, s.fontClass, s.sizePx, this.chars)
      : new Char(c, s.font, s.fontClass, s.sizePx, this.chars);
  }

  private setFont(s: State, font: string): void {
    if (font === 'rm' || font === 'it' || font === 'bf') s.fontClass = font;
    s.font = font;
  }

  /**
   * The argument of a command (\frac's numerator, \sqrt's body): matplotlib reads it without a state of its
   * own, so a font command in it goes on after it.
   */
  private list(items: MathAst[], s: State): Hlist {
    return new Hlist(this.nodes(items, s));
  }

  private nodes(items: MathAst[], s: State): MathNode[] {
    return items.flatMap((item) => this.node(item, s));
  }

  private node(item: MathAst, s: State): MathNode[] {
    switch (item.kind) {
      case 'font':
        this.setFont(s, item.font);
        return [];
      case 'space':
        return [this.space(item.em, s)];
      case 'sym':
        return [this.symbol(item, s)];
      case 'group': {
        const inner = { ...s };
        if (item.font) this.setFont(inner, item.font);
        return [new Hlist(this.nodes(item.items, inner))];
      }
      case 'scripts':
        return [this.scripts(item, s)];
      case 'frac':
        return this.fraction(item, s);
      case 'sqrt':
        return [this.sqrt(item, s)];
      case 'overline':
        return [this.overline(item, s)];
      case 'accent':
        return [this.accent(item, s)];
      case 'operator':
        return [this.operator(item, s)];
      case 'delimited':
        return [delimited(this.sized, item.left, this.nodes(item.mid, { ...s }), item.right, s)];
      case 'overset':
      case 'underset':
        return [this.genset(item, s)];
    }
  }

  /**
   * A kern of `em` ems. The em is the advance of an italic 'm' in the current font class, so that spaces do not
   * depend on the font style (mathtext's choice, not TeX's).
   */
  private space(em: number, s: State): Kern {
    const key = `${s.font}\u0000${s.sizePx}`;
    let width = this.emCache.get(key);
    if (width === undefined) {
      width = this.fonts.info('it', this.fonts.mathDefault, 'm', s.sizePx).advance;
      this.emCache.set(key, width);
    }
    return new Kern(width * em);
  }

  private symbol(item: Extract<MathAst, { kind: 'sym' }>, s: State): MathNode {
    const char = this.char(item.c, s);
    if (item.spacing === 'binary') return new Hlist([this.space(0.2, s), char, this.space(0.2, s)]);
    if (item.spacing === 'punctuation') return new Hlist([char, this.space(0.2, s)]);
    return char;
  }

  private operator(item: Extract<MathAst, { kind: 'operator' }>, outer: State): MathNode {
    const s = { ...outer };
    // \operatorname's tokens are read in the surrounding font, then its characters made upright.
    const parsed = item.items ? this.nodes(item.items, { ...outer }) : [];
    this.setFont(s, 'rm');
    const nodes: MathNode[] = item.items
      ? parsed.map((n) => {
          if (n instanceof Char) {
            n.font = 'rm';
            n.updateMetrics();
          }
          return n;
        })
      : Array.from(item.name).map((c) => this.char(c, s));
    if (item.spaced) nodes.push(this.space(SPACE_WIDTHS['\\,'], s));
    this.operatorScripted = item.scripted;
    const list = new NamedHlist(nodes);
    if (!item.items) list.functionName = item.name;
    return list;
  }

  private accent(item: Extract<MathAst, { kind: 'accent' }>, s: State): MathNode {
    const thickness = Fontset.underlineThickness(s.sizePx);
    const [sym] = this.node(item.body, s);
    const accent = WIDE_ACCENTS.has(item.accent)
      ? autoWidthAccent(this.sized, `\\${item.accent}`, sym.width, s)
      : this.char(ACCENTS[item.accent], s, true);
    if (item.accent === 'mathring') {
      accent.shrink();
      accent.shrink();
    }
    const centered = hcentered([hbox(sym.width / 4), accent]);
    centered.hpack(sym.width, true);
    return new Vlist([centered, vbox(0, thickness * 2), new Hlist([sym])]);
  }

  private isOverunder(n: MathNode | undefined): boolean {
    if (n instanceof Char) return OVERUNDER_SYMBOLS.has(n.c);
    return n instanceof NamedHlist && n.functionName !== undefined && OVERUNDER_FUNCTIONS.has(n.functionName);
  }

  private scripts(item: Extract<MathAst, { kind: 'scripts' }>, s: State): MathNode {
    let nucleus: MathNode = item.nucleus ? this.node(item.nucleus, s)[0] : hbox(0);
    const sub = item.sub && this.node(item.sub, s)[0];
    let sup = item.sup && this.node(item.sup, s)[0];
    const rule = Fontset.underlineThickness(s.sizePx);
    const xHeight = this.fonts.xHeight(s.font, s.sizePx);
    if (item.primes) {
      const primed = sup instanceof Hlist ? sup : new Hlist(sup ? [sup] : []);
      for (let i = 0; i < item.primes; i++) primed.children.push(this.char('\\prime', s));
      primed.kern();
      primed.hpack();
      sup = primed;
    }
    if (this.isOverunder(nucleus)) return this.limits(nucleus, sub, sup, rule);

    // The last character loses its kerning and takes its advance for width, so that scripts sit at its advance.
    let last: MathNode = nucleus;
    if (nucleus instanceof Hlist) {
      let children = nucleus.children;
      if (children.length) {
        if (
          children[children.length - 1] instanceof Kern &&
          children.length > 1 &&
          children[children.length - 2] instanceof Char
        )
          children = children.slice(0, -1);
        last = children[children.length - 1];
        if (last instanceof Char) last.width = last.metrics.advance;
      }
      nucleus = new Hlist(children, 0, false, false);
    } else {
      if (nucleus instanceof Char) nucleus.width = nucleus.metrics.advance;
      nucleus = new Hlist([nucleus]);
    }

    const c = this.fonts.constants(s.font);
    const lcHeight = last.height;
    const dropsub = last instanceof Char && DROPSUB_SYMBOLS.has(last.c);
    const lcBaseline = dropsub ? last.depth : 0;
    let superkern = c.delta * xHeight;
    let subkern = c.delta * xHeight;
    if (last instanceof Char && last.isSlanted()) {
      superkern += c.delta * xHeight + c.deltaSlanted * (lcHeight - (xHeight * 2) / 3);
      if (dropsub) {
        subkern = (3 * c.delta - c.deltaIntegral) * lcHeight;
        superkern = (3 * c.delta + c.deltaIntegral) * lcHeight;
      } else subkern = 0;
    }

    let x: Hlist | Vlist;
    if (!sup) {
      x = new Hlist([new Kern(subkern), sub as MathNode]);
      x.shrink();
      x.shiftAmount = dropsub ? lcBaseline + c.subdrop * xHeight : c.sub1 * xHeight;
    } else {
      x = new Hlist([new Kern(superkern), sup]);
      x.shrink();
      let shiftUp = dropsub ? lcHeight - c.subdrop * xHeight : c.sup1 * xHeight;
      if (!sub) x.shiftAmount = -shiftUp;
      else {
        const y = new Hlist([new Kern(subkern), sub]);
        y.shrink();
        const shiftDown = dropsub ? lcBaseline + c.subdrop * xHeight : c.sub2 * xHeight;
        const clr = 2 * rule - (shiftUp - x.depth - (y.height - shiftDown));
        if (clr > 0) shiftUp += clr;
        x = new Vlist([x, new Kern(shiftUp - x.depth - (y.height - shiftDown)), y]);
        x.shiftAmount = shiftDown;
      }
    }
    if (!dropsub) x.width += c.scriptSpace * xHeight;
    const spaced: MathNode[] = [nucleus, x];
    if (this.operatorScripted) {
      spaced.push(this.space(SPACE_WIDTHS['\\,'], s));
      this.operatorScripted = false;
    }
    return new Hlist(spaced);
  }

  /** \sum and \max's scripts: above and below, centred. */
  private limits(nucleus: MathNode, sub: MathNode | undefined, sup: MathNode | undefined, rule: number): MathNode {
    const vlist: MathNode[] = [];
    let shift = 0;
    let width = nucleus.width;
    if (sup) {
      sup.shrink();
      width = Math.max(width, sup.width);
    }
    if (sub) {
      sub.shrink();
      width = Math.max(width, sub.width);
    }
    const vgap = rule * 3;
    const centred = (n: MathNode) => {
      const h = hcentered([n]);
      h.hpack(width, true);
      return h;
    };
    if (sup) vlist.push(centred(sup), vbox(0, vgap));
    vlist.push(centred(nucleus));
    if (sub) {
      const h = centred(sub);
      vlist.push(vbox(0, vgap), h);
      shift = h.height + vgap + nucleus.depth;
    }
    const v = new Vlist(vlist);
    v.shiftAmount = shift;
    return new Hlist([v]);
  }

  private fraction(item: Extract<MathAst, { kind: 'frac' }>, s: State): MathNode[] {
    const thickness = Fontset.underlineThickness(s.sizePx);
    const num = this.list(item.num, s);
    const den = this.list(item.den, s);
    for (let i = 0; i < item.style; i++) {
      num.shrink();
      den.shrink();
    }
    const cnum = hcentered([num]);
    const cden = hcentered([den]);
    const width = Math.max(num.width, den.width);
    cnum.hpack(width, true);
    cden.hpack(width, true);
    const vlist = new Vlist([
      cnum,
      vbox(0, thickness * 2),
      hrule(item.rule ?? thickness),
      vbox(0, thickness * 2),
      cden,
    ]);
    // The bar sits in the middle of an equals sign.
    const eq = this.fonts.info(s.font, this.fonts.mathDefault, '=', s.sizePx);
    vlist.shiftAmount = cden.height - ((eq.ymax + eq.ymin) / 2 - thickness * 3);
    const result = [new Hlist([vlist, hbox(thickness * 2)])];
    if (item.delims) return [delimited(this.sized, item.delims[0] || '.', result, item.delims[1] || '.', s)];
    return result;
  }

  private sqrt(item: Extract<MathAst, { kind: 'sqrt' }>, s: State): MathNode {
    const body = this.list(item.body, s);
    const thickness = Fontset.underlineThickness(s.sizePx);
    let height = body.height - body.shiftAmount + thickness * 5;
    let depth = body.depth + body.shiftAmount;
    const check = autoHeight(this.sized, '\\__sqrt__', height, depth, s);
    height = check.height - check.shiftAmount;
    depth = check.depth + check.shiftAmount;
    const padded = new Hlist([hbox(2 * thickness), body, hbox(2 * thickness)]);
    const rightside = new Vlist([hrule(thickness), new Glue('fill'), padded]);
    rightside.vpack(height + (s.sizePx * 72) / (100 * 12), true, depth);
    let root: Box;
    if (item.root) {
      root = this.list(item.root, s);
      root.shrink();
      root.shrink();
    } else root = new Box(check.width * 0.5, 0, 0);
    const rootList = new Vlist([new Hlist([root])]);
    rootList.shiftAmount = -height * 0.6;
    return new Hlist([rootList, new Kern(-check.width * 0.5), check, rightside]);
  }

  private overline(item: Extract<MathAst, { kind: 'overline' }>, s: State): MathNode {
    const body = this.list(item.body, s);
    const thickness = Fontset.underlineThickness(s.sizePx);
    const height = body.height - body.shiftAmount + thickness * 3;
    const depth = body.depth + body.shiftAmount;
    const rightside = new Vlist([hrule(thickness), new Glue('fill'), new Hlist([body])]);
    rightside.vpack(height + (s.sizePx * 72) / (100 * 12), true, depth);
    return new Hlist([rightside]);
  }

  private genset(item: Extract<MathAst, { kind: 'overset' | 'underset' }>, s: State): MathNode {
    const annotation = this.list(item.annotation, s);
    const body = this.list(item.body, s);
    const thickness = Fontset.underlineThickness(s.sizePx);
    annotation.shrink();
    const cannotation = hcentered([annotation]);
    const cbody = hcentered([body]);
    const width = Math.max(cannotation.width, cbody.width);
    cannotation.hpack(width, true);
    cbody.hpack(width, true);
    const vgap = thickness * 3;
    if (item.kind === 'underset') {
      const v = new Vlist([cbody, vbox(0, vgap), cannotation]);
      v.shiftAmount = cbody.depth + cannotation.height + vgap;
      return v;
    }
    return new Vlist([cannotation, vbox(0, vgap), cbody]);
  }
}
