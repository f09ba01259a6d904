/** Each output format: its layout profile (units, viewer compensations) and its encoder. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';
import type { OutputFormat } from '../../spec';
import type { GroupStep } from '../groups';
import { encodePng, png } from './png';

export interface Target {
  profile: TargetProfile;
  /**
   * The file's bytes; width and height are the page's exact size (a vector canvas is whole points). `groups`:
   * the artists' groups the drawing marked (render/groups.ts), for a format that keeps them.
   */
  encode(canvas: Canvas, width: number, height: number, groups?: readonly GroupStep[]): Buffer;
}

/** Each format's target; SVG's and PDF's modules are loaded for the first figure in that format. */
const LOADERS: Record<OutputFormat, () => Target> = {
  png: () => ({ profile: png, encode: encodePng }),
  svg: () => {
    const { encodeSvg, svg } = require('./svg') as typeof import('./svg');
    return { profile: svg, encode: encodeSvg };
  },
  pdf: () => {
    const { encodePdf, pdf } = require('./pdf') as typeof import('./pdf');
    return { profile: pdf, encode: encodePdf };
  },
};
const loaded = new Map<OutputFormat, Target>();

/** The target of an output format. */
export function targetOf(format: OutputFormat): Target {
  let target = loaded.get(format);
  if (!target) loaded.set(format, (target = LOADERS[format]()));
  return target;
}
