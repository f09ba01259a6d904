/** Each output format: its layout profile (units, viewer compensations) and its encoder. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';
import type { OutputFormat } from '../../spec';
import type { GroupStep } from '../groups';
import { encodePdf, pdf } from './pdf';
import { encodePng, png } from './png';
import { encodeSvg, svg } from './svg';

export interface Target {
  profile: TargetProfile;
  /**
   * The file's bytes; width and height are the page's exact size (a vector canvas is whole points). `groups`:
   * the artists' groups the drawing marked (render/groups.ts), for a format that keeps them.
   */
  encode(canvas: Canvas, width: number, height: number, groups?: readonly GroupStep[]): Buffer;
}

export const TARGETS: Record<OutputFormat, Target> = {
  png: { profile: png, encode: encodePng },
  svg: { profile: svg, encode: encodeSvg },
  pdf: { profile: pdf, encode: encodePdf },
};
