/**
 * matplotlib 3.6's mathtext tables (lib/matplotlib/_mathtext_data.py), written to tables.json by
 * scripts/make-mathtext-fixtures.py: TeX symbol names to code points, the STIX virtual fonts (alphabets at code
 * points of their own), STIX's glyph fixes, and the Bakoma fonts' symbols and sized delimiters.
 */
import * as raw from './tables.json';

/** A run of code points [first, last] drawn from a font's code points from `target` on. */
export type VirtualRange = [first: number, last: number, font: string, target: number];

export interface MathTables {
  tex2uni: Record<string, number>;
  stixVirtualFonts: Record<string, VirtualRange[] | Record<string, VirtualRange[]>>;
  stixGlyphFixes: Record<string, number>;
  bakomaPrime: [file: string, code: number];
  /** BakomaFonts: TeX names (and some characters) to the BaKoMa file and the character code in it. */
  latexToBakoma: Record<string, [file: string, code: number]>;
  /** BakomaFonts._size_alternatives: each delimiter's sizes, as (TeX font, character) pairs. */
  bakomaSizeAlternatives: Record<string, [font: string, sym: string][]>;
}

export const TABLES = raw as unknown as MathTables;
