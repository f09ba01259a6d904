/**
 * A figure shown in the terminal by the terminal's own graphics: the kitty graphics protocol and iTerm2's
 * inline images carry the PNG itself; sixel carries the pixels, in at most 256 colours.
 *
 * kitty's and iTerm2's escape sequences are a few lines each, written here; sixel's encoding (colour
 * quantisation and the six-row bands) is the `sixel` package's, which terminals' own test suites use.
 */

/** kitty's graphics protocol: the PNG (f=100) base64-encoded in chunks of 4096, transmitted and shown (a=T). */
export function kittyImage(png: Buffer, columns?: number): string {
  const data = png.toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < data.length; i += 4096) chunks.push(data.slice(i, i + 4096));
  if (!chunks.length) chunks.push('');
  return chunks
    .map((chunk, i) => {
      const more = i < chunks.length - 1 ? 1 : 0;
      const keys = i === 0 ? `a=T,f=100,${columns ? `c=${columns},` : ''}m=${more}` : `m=${more}`;
      return `\x1b_G${keys};${chunk}\x1b\\`;
    })
    .join('');
}

/** iTerm2's inline image (OSC 1337 File): the PNG base64-encoded, shown in place, its aspect kept. */
export function itermImage(png: Buffer, columns?: number): string {
  const width = columns ? `;width=${columns}` : '';
  return `\x1b]1337;File=inline=1;size=${png.length}${width};preserveAspectRatio=1:${png.toString('base64')}\x07`;
}

/** Sixel: RGBA pixels quantised to at most 256 colours, the background colour first. */
export function sixelImage(rgba: Uint8ClampedArray, width: number, height: number): string {
  const { image2sixel } = require('sixel') as typeof import('sixel');
  return image2sixel(rgba, width, height, 256, 0);
}
