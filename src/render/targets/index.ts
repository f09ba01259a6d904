/** Each output format: its layout profile (units, viewer compensations) and its encoder. */
import type { Canvas } from 'canvas';
import type { TargetProfile } from '../../layout/target';
import type { OutputFormat } from '../../spec';
import { encodePdf, pdf } from './pdf';
import { encodePng, png } from './png';
import { encodeSvg, svg } from './svg';

export interface Target {
  profile: TargetProfile;
  encode(canvas: Canvas): Buffer;
}

export const TARGETS: Record<OutputFormat, Target> = {
  png: { profile: png, encode: encodePng },
  svg: { profile: svg, encode: encodeSvg },
  pdf: { profile: pdf, encode: encodePdf },
};
