/**
 * mathtext's fonts as matplotlib 3.6 picks them (DejaVuFonts and StixFonts in lib/matplotlib/_mathtext.py): the
 * text's own face for non-math text; under dejavusans and dejavuserif, DejaVu Sans (or Serif) in roman, italic
 * and bold for math, DejaVu Sans Display for the big operators, STIX for what DejaVu lacks (calligraphic
 * letters, sized delimiters and radicals), and Computer Modern's prime; under stix, STIX for all of it; under
 * cm, BaKoMa's Computer Modern (each symbol in its file and code), STIX for what it lacks. The
 * files are matplotlib's own (fonts/ in the package, with their licences), so that the glyphs are matplotlib's.
 * Metrics are FreeType's as the Agg backend loads glyphs: hinted heights in whole pixels, widths on the
 * eighth-pixel grid of text.hinting_factor, advances unhinted.
 */
import * as path from 'node:path';
import { fontMetrics, hintedInk } from '../text/agg-text';
import { PACKAGE_FONT_DIR, type FontFace } from '../style/font-faces';
import { TABLES } from './tables';
import { BASE_CONSTANTS, CM_CONSTANTS, STIX_CONSTANTS, type FontConstants } from './font-constants';

export type { FontConstants } from './font-constants';

export type MathFontset = 'dejavusans' | 'dejavuserif' | 'stix' | 'cm';

/** A glyph at a size, with FreeType's metrics in pixels (y up from the baseline). */
export interface GlyphInfo {
  face: FontFace;
  /** The character to draw from that face (for a STIX virtual font, a code point of its own). */
  char: string;
  sizePx: number;
  advance: number;
  width: number;
  /** Total height of the hinted glyph box; iceberg is its part above the baseline (TeX's height). */
  height: number;
  iceberg: number;
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
  slanted: boolean;
  /** How far matplotlib lifts the glyph above its own baseline (cmex10's, TruetypeFonts._get_offset); else 0. */
  offset: number;
}

const mathFace = (file: string): FontFace => ({
  family: `actplot math ${file}`,
  weight: 'normal',
  style: 'normal',
  file: path.join(PACKAGE_FONT_DIR, `${file}.ttf`),
  css: `actplot math ${file}`,
});

const STIX: Record<string, FontFace> = {
  rm: mathFace('STIXGeneral'),
  it: mathFace('STIXGeneralItalic'),
  bf: mathFace('STIXGeneralBol'),
  nonunirm: mathFace('STIXNonUni'),
  nonuniit: mathFace('STIXNonUniIta'),
  nonunibf: mathFace('STIXNonUniBol'),
  '0': mathFace('STIXGeneral'),
  '1': mathFace('STIXSizOneSymReg'),
  '2': mathFace('STIXSizTwoSymReg'),
  '3': mathFace('STIXSizThreeSymReg'),
  '4': mathFace('STIXSizFourSymReg'),
  '5': mathFace('STIXSizFiveSymReg'),
};
const CMSY10 = mathFace('cmsy10');

/** BakomaFonts._fontmap: each TeX font's BaKoMa file, and each file by its name (latex_to_bakoma names them). */
const BAKOMA_FILES = ['cmsy10', 'cmr10', 'cmtt10', 'cmmi10', 'cmb10', 'cmss10', 'cmex10'] as const;
const BAKOMA_BY_NAME: Record<string, FontFace> = Object.fromEntries(
  BAKOMA_FILES.map((f) => [f, f === 'cmsy10' ? CMSY10 : mathFace(f)]),
);
const BAKOMA: Record<string, FontFace> = {
  cal: BAKOMA_BY_NAME.cmsy10,
  rm: BAKOMA_BY_NAME.cmr10,
  tt: BAKOMA_BY_NAME.cmtt10,
  it: BAKOMA_BY_NAME.cmmi10,
  bf: BAKOMA_BY_NAME.cmb10,
  sf: BAKOMA_BY_NAME.cmss10,
  ex: BAKOMA_BY_NAME.cmex10,
  ...BAKOMA_BY_NAME,
};

const dejavu = (family: string, weight: 'normal' | 'bold', style: 'normal' | 'italic'): FontFace => ({
  family,
  weight,
  style,
});

/** DejaVuSansFonts._fontmap and DejaVuSerifFonts._fontmap, with STIX's sizes 1 to 5. */
function dejavuFonts(fontset: MathFontset): Record<string, FontFace> {
  const main = fontset === 'dejavuserif' ? 'DejaVu Serif' : 'DejaVu Sans';
  return {
    rm: dejavu(main, 'normal', 'normal'),
    it: dejavu(main, 'normal', 'italic'),
    bf: dejavu(main, 'bold', 'normal'),
    sf: dejavu('DejaVu Sans', 'normal', 'normal'),
    tt: dejavu('DejaVu Sans Mono', 'normal', 'normal'),
    ex: mathFace(fontset === 'dejavuserif' ? 'DejaVuSerifDisplay' : 'DejaVuSansDisplay'),
    '0': dejavu(main, 'normal', 'normal'),
    '1': STIX['1'],
    '2': STIX['2'],
    '3': STIX['3'],
    '4': STIX['4'],
    '5': STIX['5'],
  };
}

const hasGlyph = (face: FontFace, cp: number) => fontMetrics(face).leftBearing(String.fromCodePoint(cp)) !== undefined;

/** A symbol matplotlib cannot map to a character: its parser reports it as unknown. */
export class UnknownSymbol extends Error {}

/** get_unicode_index: a single character, or a TeX name of tex2uni. */
export function unicodeIndex(sym: string): number {
  if (Array.from(sym).length === 1) return sym.codePointAt(0) as number;
  const cp = TABLES.tex2uni[sym.replace(/^\\+|\\+$/g, '')];
  if (cp === undefined) throw new UnknownSymbol(sym);
  return cp;
}

interface GlyphChoice {
  face: FontFace;
  cp: number;
  slanted: boolean;
}

const SLANTED = new Set(['\\int', '\\oint']);

/**
 * Letters only are italic in 'it'; Greek capitals are upright, as in TeX. ASCII and the Greek letters are
 * answered without the Unicode property classes, which V8 builds on first use (about 1.5 ms of a start).
 */
const uprightInItalic = (cp: number) => {
  if (cp < 0x80) return !((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a));
  if (cp >= 0x391 && cp <= 0x3a9) return true; // the capitals (and U+03A2, no letter at all)
  if (cp >= 0x3b1 && cp <= 0x3c9) return false; // the small letters
  const ch = String.fromCodePoint(cp);
  return !/\p{L}/u.test(ch) || (/\p{Lu}/u.test(ch) && /\p{Script=Greek}/u.test(ch));
};

export class Fontset {
  private readonly fonts: Record<string, FontFace>;
  private readonly infos = new Map<string, GlyphInfo>();

  constructor(
    readonly kind: MathFontset,
    /** The text's own face: 'default' and 'regular' in math, and all non-math text. */
    private readonly defaultFace: FontFace,
    /** rc mathtext.default: the font math letters take. */
    readonly mathDefault: string,
    /** The figure's pixels a point, to size glyphs in 64ths of a point as FreeType does (see MathOptions). */
    private readonly pxPerPt?: number,
  ) {
    const own = kind === 'stix' ? {} : kind === 'cm' ? BAKOMA : dejavuFonts(kind);
    this.fonts = { ...own, default: defaultFace, regular: defaultFace };
  }

  /** Whether STIX is the fontset itself (StixFonts), not DejaVu's fallback. */
  private get stix(): boolean {
    return this.kind === 'stix';
  }

  /**
   * _get_font_constant_set: the sub- and superscript constants of the font a script is set in (its family's),
   * STIX's own for STIX's faces, those of FontConstantsBase for DejaVu's (which keep them unchanged).
   */
  constants(font: string): FontConstants {
    if (this.kind === 'cm') return font in BAKOMA ? CM_CONSTANTS : BASE_CONSTANTS;
    return !this.stix || font === 'default' || font === 'regular' ? BASE_CONSTANTS : STIX_CONSTANTS;
  }

  /**
   * DejaVuFonts._get_glyph: the prime from cmsy10, then the display face, then UnicodeFonts' choice; StixFonts'
   * is its own.
   */
  private glyph(font: string, fontClass: string, sym: string): GlyphChoice {
    if (this.stix) return this.stixGlyph(font, fontClass, sym);
    if (this.kind === 'cm') return this.bakomaGlyph(font, fontClass, sym);
    if (sym === '\\prime') return { face: CMSY10, cp: TABLES.bakomaPrime[1] as number, slanted: false };
    const cp = unicodeIndex(sym);
    if (hasGlyph(this.fonts.ex, cp)) return this.unicodeGlyph('ex', fontClass, sym);
    return this.unicodeGlyph(font, fontClass, sym);
  }

  /**
   * BakomaFonts._get_glyph: a symbol latex_to_bakoma knows from its file (in a TeX font the fontset has), a
   * single character from the TeX font's file, and anything else (or missing there) from STIX.
   */
  private bakomaGlyph(font: string, fontClass: string, sym: string): GlyphChoice {
    const known = TABLES.latexToBakoma[sym];
    let choice: GlyphChoice | undefined;
    if (font in BAKOMA && known) {
      const [file, cp] = known;
      choice = { face: BAKOMA_BY_NAME[file], cp, slanted: file === 'cmmi10' || SLANTED.has(sym) };
    } else if (Array.from(sym).length === 1) {
      const face = this.fonts[font];
      if (face) choice = { face, cp: sym.codePointAt(0) as number, slanted: font === 'it' };
    }
    if (choice && hasGlyph(choice.face, choice.cp)) return choice;
    return this.stixGlyph(font, fontClass, sym);
  }

  /** UnicodeFonts._get_glyph, falling back on STIX (sans for DejaVu Sans, serif for DejaVu Serif). */
  private unicodeGlyph(font: string, fontClass: string, sym: string): GlyphChoice {
    const cp = unicodeIndex(sym);
    const name = font === 'it' && cp < 0x10000 && uprightInItalic(cp) ? 'rm' : font;
    const face = this.fonts[name];
    if (face && hasGlyph(face, cp)) return { face, cp, slanted: name === 'it' || SLANTED.has(sym) };
    return this.stixGlyph(font === 'it' || font === 'regular' ? 'rm' : font, fontClass, sym);
  }

  /** StixFonts._get_glyph (through _map_virtual_font), with no further fallback. */
  private stixGlyph(font: string, fontClass: string, sym: string): GlyphChoice {
    const [mapped, cp] = this.mapVirtual(font, fontClass, unicodeIndex(sym));
    const name = mapped === 'it' && cp < 0x10000 && uprightInItalic(cp) ? 'rm' : mapped;
    const face = name === 'default' || name === 'regular' ? this.defaultFace : STIX[name];
    if (face && hasGlyph(face, cp)) return { face, cp, slanted: name === 'it' || SLANTED.has(sym) };
    if (mapped === 'it' || mapped === 'regular') return this.stixGlyph('rm', fontClass, sym);
    // matplotlib's dummy symbol for a glyph no font has: the currency sign.
    return { face: STIX.rm, cp: 0xa4, slanted: false };
  }

  /** StixFonts._map_virtual_font: alphabets (calligraphic, blackboard, sans...) at code points of their own. */
  private mapVirtual(font: string, fontClass: string, cp: number): [string, number] {
    const virtual = TABLES.stixVirtualFonts;
    let mapping = virtual[font];
    const sansConversion = this.kind === 'dejavusans' && !mapping && font !== 'regular' && font !== 'default';
    if (sansConversion) mapping = virtual.sf;
    if (mapping) {
      const ranges = Array.isArray(mapping) ? mapping : (mapping[fontClass] ?? mapping.rm);
      const range = ranges.find(([lo, hi]) => cp >= lo && cp <= hi);
      if (range) [font, cp] = [range[2], cp - range[0] + range[3]];
      else if (!sansConversion) [font, cp] = [this.mathDefault, 1];
    }
    if (font === 'rm' || font === 'it') cp = TABLES.stixGlyphFixes[String(cp)] ?? cp;
    if ((font === 'it' || font === 'rm' || font === 'bf') && cp >= 0xe000 && cp <= 0xf8ff) font = `nonuni${font}`;
    return [font, cp];
  }

  /** The glyph for a symbol in a TeX font at a size, with its metrics (cached). */
  info(font: string, fontClass: string, sym: string, sizePx: number): GlyphInfo {
    const key = `${font}\u0000${fontClass}\u0000${sym}\u0000${sizePx}`;
    let info = this.infos.get(key);
    if (!info) {
      const choice = this.glyph(font, fontClass, sym);
      info = glyphInfo(choice, this.freetypeSize(sizePx));
      // cmex10's glyphs hang below the baseline: matplotlib lifts each by half its height and a third of the size.
      if (choice.face === BAKOMA.ex) info = withOffset(info, info.height / 2 + sizePx / 3);
      this.infos.set(key, info);
    }
    return info;
  }

  /** FT_Set_Char_Size's size: the size in points to a 64th, truncated, in pixels. */
  private freetypeSize(sizePx: number): number {
    const k = this.pxPerPt;
    return k ? (Math.floor((sizePx / k) * 64 + 1e-9) / 64) * k : sizePx;
  }

  /**
   * get_kern: FreeType's pair kerning between two characters of one TeX font at one size, rounded as
   * KERNING_DEFAULT rounds it. matplotlib 3.6 passes the characters' code points where FreeType takes glyph
   * indices, so the pair looked up is that of the glyphs numbered so; the same pair is looked up here.
   */
  kern(
    a: { font: string; sizePx: number; metrics: GlyphInfo },
    b: { font: string; sizePx: number; metrics: GlyphInfo },
  ): number {
    if (a.font !== b.font || a.sizePx !== b.sizePx) return 0;
    const [l, r] = [a.metrics.char.codePointAt(0) as number, b.metrics.char.codePointAt(0) as number];
    return Math.round(fontMetrics(a.metrics.face).kerningOfGlyphs(l, r) * a.metrics.sizePx * 8) / 8;
  }

  /**
   * get_xheight: from the font's PCLT table where it has one (BaKoMa's), scaled as matplotlib scales it (in 64ths,
   * for 12 points at 100 dpi); DejaVu and STIX have none, so matplotlib takes the hinted height of an 'x'.
   */
  xHeight(font: string, sizePx: number): number {
    const face = this.kind === 'cm' ? BAKOMA[font] : undefined;
    const pclt = face && fontMetrics(face).pcltXHeight();
    if (pclt !== undefined) return (pclt / 64) * ((sizePx * 72) / 1200);
    return this.info(font, this.mathDefault, 'x', sizePx).iceberg;
  }

  /** The thickness of fraction bars, radicals and overlines: 0.75 pt at 12 pt. */
  static underlineThickness(sizePx: number): number {
    return (0.75 / 12) * sizePx;
  }

  /**
   * get_sized_alternatives_for_symbol: BaKoMa's sizes of a delimiter (BakomaFonts._size_alternatives), or the
   * symbol in STIX's general face and sizes one to five (StixFonts').
   */
  sizedAlternatives(font: string, sym: string): [string, string][] {
    if (this.kind === 'cm') return TABLES.bakomaSizeAlternatives[sym] ?? [[font, sym]];
    const fixes: Record<string, string> = {
      '\\{': '{',
      '\\}': '}',
      '\\[': '[',
      '\\]': ']',
      '<': '\u27e8',
      '>': '\u27e9',
    };
    const fixed = fixes[sym] ?? sym;
    let cp: number;
    try {
      cp = unicodeIndex(fixed);
    } catch {
      return [[font, sym]];
    }
    const alternatives = ['0', '1', '2', '3', '4', '5']
      .filter((i) => hasGlyph(STIX[i], cp))
      .map((i): [string, string] => [i, String.fromCodePoint(cp)]);
    // STIX's largest radical has metrics that part it from its stem, so matplotlib never uses it.
    return fixed === '\\__sqrt__' ? alternatives.slice(0, -1) : alternatives;
  }
}

/** A glyph's metrics lifted by `offset` pixels, as TruetypeFonts._get_info adds _get_offset. */
function withOffset(info: GlyphInfo, offset: number): GlyphInfo {
  return { ...info, offset, iceberg: info.iceberg + offset, ymin: info.ymin + offset, ymax: info.ymax + offset };
}

/**
 * FreeType's metrics of a glyph as the Agg backend loads it (force_autohint at eight times the horizontal
 * resolution): the outline's hinted bottom and top, its box rounded out to whole pixels upward and to eighths
 * of a pixel across, and the unhinted advance.
 */
function glyphInfo({ face, cp, slanted }: GlyphChoice, sizePx: number): GlyphInfo {
  const m = fontMetrics(face);
  const char = String.fromCodePoint(cp);
  const advance = m.advance(char) * sizePx;
  const across = m.horizontalExtent(char);
  const ink = across && hintedInk(char, sizePx, face);
  if (!across || !ink) {
    return {
      face,
      char,
      sizePx,
      advance,
      width: 0,
      height: 0,
      iceberg: 0,
      xmin: 0,
      xmax: 0,
      ymin: 0,
      ymax: 0,
      slanted,
      offset: 0,
    };
  }
  const bearing = across[0] * sizePx;
  const xmin = m.uprightLeft(char) ? Math.round(bearing * 8) / 8 : bearing;
  const xmax = xmin + (across[1] - across[0]) * sizePx;
  const iceberg = Math.ceil(ink.top - 1e-9);
  return {
    face,
    char,
    sizePx,
    advance,
    width: (Math.ceil(xmax * 8 - 1e-9) - Math.floor(xmin * 8 + 1e-9)) / 8,
    height: iceberg - Math.floor(ink.bottom + 1e-9),
    iceberg,
    xmin,
    xmax,
    ymin: ink.bottom,
    ymax: ink.top,
    slanted,
    offset: 0,
  };
}
