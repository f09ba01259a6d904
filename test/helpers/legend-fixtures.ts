/** Hand-workable layouts for the legend's tests: a measurer and black 1-unit lines through given points. */
import type { TextMeasurer } from '../../src/layout/text';
import type { CurveLayout } from '../../src/layout/types';

/** Every character 6 units wide, 7 above the baseline and 2 below, at any size: easy to work by hand. */
export const fixedMeasurer: TextMeasurer = { measure: (text) => ({ width: 6 * text.length, ascent: 7, descent: 2 }) };

/** A solid black line of width 1 through the points, labelled. */
export function lineThrough(points: [number, number][], label = 'a'): CurveLayout {
  return {
    label,
    color: '#000',
    width: 1,
    style: '-',
    dash: [],
    cap: 'square',
    join: 'round',
    px: Float64Array.from(points.map((p) => p[0])),
    py: Float64Array.from(points.map((p) => p[1])),
    zorder: 2,
  };
}
