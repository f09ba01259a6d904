/** The figure description (types) and its checks; build.ts and presets.ts are imported where needed. */
export * from './types';
export { canvasSize, validateFigure, validateTightPage } from './validate';
