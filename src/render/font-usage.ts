/**
 * Which font files a figure's texts are drawn in, and which characters none of its fonts has: those are drawn
 * by the system's fallback font (through Pango and fontconfig), which differs from machine to machine. The
 * render manifest records the first; the command line warns of the second once, as matplotlib warns
 * "Glyph ... missing from current font".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fontMetrics } from '../text/agg-text';
import { isMath } from '../text/is-math';
import { faceFor } from '../style/fonts';
import { fontFile, REGULAR, type FontFace } from '../style/font-faces';
import { DEFAULT_RC } from '../style/rcparams';
import type { FontKeywords } from '../style/fonts';
import type { FigureSpec } from '../spec/types';

export interface FontUsage {
  /** Each font file a text of the figure is drawn in: its file name and the SHA-256 of its bytes. */
  files: { file: string; sha256: string }[];
  /** Characters no font of the figure has, in order of first use. */
  missing: string[];
}

/** Every text of a figure with its font keywords (math is typeset in the bundled math fonts: left out). */
function textsOf(fig: FigureSpec): { text: string; font?: FontKeywords }[] {
  const out: { text: string; font?: FontKeywords }[] = [];
  const add = (text: string | undefined, font?: FontKeywords) => {
    if (text && !isMath(text)) out.push({ text, font });
  };
  add(fig.suptitle?.text);
  for (const t of fig.texts ?? []) add(t.text, t.font);
  add(fig.supxlabel?.text);
  add(fig.supylabel?.text);
  add(fig.figureLegend?.style.title);
  for (const label of fig.figureLegend?.style.labels ?? []) add(label);
  for (const ax of fig.axes) {
    add(ax.title);
    for (const t of ax.otherTitles ?? []) add(t.text, t.style.font);
    add(ax.xlabel);
    add(ax.ylabel);
    // Labels are shown in the legend, in its prop's face.
    const legendFont = ax.legendStyle?.font;
    for (const c of ax.curves) add(c.label, legendFont);
    add(ax.legendStyle?.title);
    for (const label of ax.legendStyle?.labels ?? []) add(label, legendFont);
    for (const artist of [...(ax.refLines ?? []), ...(ax.segments ?? []), ...(ax.spans ?? []), ...(ax.fills ?? [])])
      add(artist.label, legendFont);
    for (const t of ax.texts ?? []) add(t.text, t.font);
    for (const a of ax.annotations ?? []) add(a.text, a.font);
  }
  return out;
}

const hashes = new Map<string, string>();
const sha256Of = (file: string) => {
  let h = hashes.get(file);
  // node:crypto only for the render manifest: a plot's start need not load it.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  if (!h) hashes.set(file, (h = createHash('sha256').update(fs.readFileSync(file)).digest('hex')));
  return h;
};

/** The characters no font of the figure has: what the command line warns of (no file is read for it). */
export function missingGlyphs(fig: FigureSpec): string[] {
  return scan(fig).missing;
}

/** The figure's font files with their hashes, and the characters none has: what the render manifest keeps. */
export function fontUsage(fig: FigureSpec): FontUsage {
  const { files, missing } = scan(fig);
  return { files: [...files].sort().map((file) => ({ file: path.basename(file), sha256: sha256Of(file) })), missing };
}

function scan(fig: FigureSpec): { files: Set<string>; missing: string[] } {
  const rc = fig.rc ?? DEFAULT_RC;
  const files = new Set<string>();
  const missing = new Set<string>();
  for (const { text, font } of textsOf(fig)) {
    const face: FontFace = faceFor(rc, font) ?? REGULAR;
    const metrics = fontMetrics(face);
    files.add(fontFile(face));
    for (const ch of text) if (ch.trim() && metrics.leftBearing(ch) === undefined) missing.add(ch);
  }
  // Tick labels are always drawn, in the figure's face.
  files.add(fontFile(faceFor(rc) ?? REGULAR));
  return { files, missing: [...missing] };
}

/** matplotlib's words for the warning, with where the glyphs went instead and how to choose a font. */
export function missingGlyphWarning(missing: readonly string[], fig: FigureSpec): string {
  const rc = fig.rc ?? DEFAULT_RC;
  const family = (faceFor(rc) ?? REGULAR).family;
  const shown = missing
    .slice(0, 5)
    .map((ch) => `${ch.codePointAt(0)} (${ch})`)
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return (
    `Glyph ${shown}${more} missing from the figure's font (${family}): drawn in the system's fallback font, ` +
    `which differs between machines; name a font that has them: --rc font.sans-serif=FAMILY or --font-file FILE`
  );
}
