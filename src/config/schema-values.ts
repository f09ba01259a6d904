/**
 * zod (the build's bundle of it), and the value schemas every part of the config shares (schema.ts, call-schemas.ts).
 */
import type * as Zod from 'zod';
import { MAX_TEXT, MAX_TICKS } from '../limits';

/**
 * zod from the one-file bundle the build makes of the functions the schemas call (scripts/bundle-vendor.cjs),
 * or from the package itself after a build by `tsc` alone.
 */
function loadZod(): typeof Zod {
  try {
    return require('../vendor/zod') as typeof Zod;
  } catch {
    return require('zod') as typeof Zod;
  }
}
export const { z } = loadZod();

// zod's default compiles a validator per object schema with new Function on first use: slower than
// interpreting for a config that is validated once (5-10 ms against 10-20 ms here), and no generated code.
// The setting is process-wide; it changes how fast zod validates, never what it accepts.
z.config({ jitless: true });

export const num = z.number().refine(Number.isFinite, 'expected a finite number');
export const pair = z.union([z.tuple([num, num]), z.string()]);
export const numbers = z.union([z.array(num).max(MAX_TICKS), z.string()]);
export const text = z.string().max(MAX_TEXT);
export const lineStyle = z.union([
  z.enum(['-', '--', '-.', ':', 'solid', 'dashed', 'dashdot', 'dotted']),
  // A dash tuple, (offset, (on, off, ...)) in points: as matplotlibrc writes it, or as a list.
  z.string().regex(/^\s*[([]/, "a dash tuple such as '(0, (5, 2))'"),
  z.tuple([num, z.array(num).min(2).max(64)]),
]);
