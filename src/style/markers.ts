/** The markers actplot draws, by matplotlib's codes (the spec's and the rc's lines.marker alike). */
export const MARKERS = ['o', '.', 's', '^', 'v', 'D', 'x', '+'] as const;
export type MarkerKind = (typeof MARKERS)[number];

/**
 * A marker code as Line2D reads one: 'None' (matplotlib's own value) for None, 'none' or blank; undefined for
 * one not drawn.
 */
export function markerCode(text: string): MarkerKind | 'None' | undefined {
  const kind = text.trim().replace(/^['"]|['"]$/g, '');
  if (kind === '' || kind === 'None' || kind === 'none') return 'None';
  return (MARKERS as readonly string[]).includes(kind) ? (kind as MarkerKind) : undefined;
}
