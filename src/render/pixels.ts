/** A PNG's pixels, for the terminal's sixel output, which carries pixels rather than a file. */
/** The RGBA pixels of a PNG (the figure as drawn). */
export function pngPixels(png: Buffer): { data: Uint8ClampedArray; width: number; height: number } {
  const { createCanvas, Image } = require('canvas') as typeof import('canvas');
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return { data: context.getImageData(0, 0, image.width, image.height).data, width: image.width, height: image.height };
}
