/**
 * A colour of one of matplotlib's colormaps, as a script takes it: `plt.cm.viridis(0.5)`, `cmap(i)` of
 * `plt.get_cmap('tab10')`, `plt.cm.coolwarm(np.linspace(0, 1, 4))`. Pure. The tables are matplotlib 3.6's own
 * (colormap-data.ts, made by scripts/make-colormaps.py), loaded the first time a colormap is named.
 */
import { badValue, didYouMean, type FieldPath } from '../errors';

type Tables = Readonly<Record<string, string>>;
let tables: Tables | undefined;
const loadTables = (): Tables =>
  (tables ??= (require('./colormap-data') as typeof import('./colormap-data')).COLORMAP_TABLES);

/** A colormap's entries as '#rrggbb', in order; a name ending in _r is its map reversed, as matplotlib's. */
function entries(name: string, at: FieldPath): string[] {
  const all = loadTables();
  const base = name.endsWith('_r') ? name.slice(0, -2) : name;
  const table = Object.hasOwn(all, base) ? all[base] : undefined;
  if (table === undefined) {
    const names = Object.keys(all);
    throw badValue(at, name, "one of matplotlib's colormaps (viridis, coolwarm, tab10...)", didYouMean(name, names));
  }
  const out = Array.from({ length: table.length / 6 }, (_, i) => `#${table.slice(6 * i, 6 * i + 6)}`);
  return base === name ? out : out.reverse();
}

/**
 * The colour Colormap.__call__ gives a value: a float scaled to the table (1.0 the last entry), an int an
 * index; below the table its first entry, above it its last (matplotlib's default under and over colours).
 * NaN is matplotlib's bad colour, transparent: undefined.
 */
export function colormapColor(name: string, value: number, isInt: boolean, at: FieldPath): string | undefined {
  const table = entries(name, at);
  const n = table.length;
  if (Number.isNaN(value)) return undefined;
  let i: number;
  if (isInt) i = value;
  else {
    let scaled = value * n;
    if (scaled < 0) scaled = -1; // astype(int) would truncate toward zero
    if (scaled === n) scaled = n - 1; // 1.0 is in range: the last entry
    i = Math.trunc(Math.min(Math.max(scaled, -1), n));
  }
  return table[i < 0 ? 0 : i > n - 1 ? n - 1 : i];
}
