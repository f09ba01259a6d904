/**
 * matplotlib's font constants (FontConstantsBase and its subclasses in lib/matplotlib/_mathtext.py): where
 * sub- and superscripts go, in x-heights, for the family of the font a script is set in.
 */
/** Sub- and superscript placement, in x-heights (matplotlib's FontConstantsBase and its subclasses). */
export interface FontConstants {
  scriptSpace: number;
  subdrop: number;
  sup1: number;
  sub1: number;
  sub2: number;
  delta: number;
  deltaSlanted: number;
  deltaIntegral: number;
}

/** FontConstantsBase, which DejaVu Sans and Serif use unchanged. */
export const BASE_CONSTANTS: FontConstants = {
  scriptSpace: 0.05,
  subdrop: 0.4,
  sup1: 0.7,
  sub1: 0.3,
  sub2: 0.5,
  delta: 0.025,
  deltaSlanted: 0.2,
  deltaIntegral: 0.1,
};
/** ComputerModernFontConstants. */
export const CM_CONSTANTS: FontConstants = {
  scriptSpace: 0.075,
  subdrop: 0.2,
  sup1: 0.45,
  sub1: 0.2,
  sub2: 0.3,
  delta: 0.075,
  deltaSlanted: 0.3,
  deltaIntegral: 0.3,
};
/** STIXFontConstants. */
export const STIX_CONSTANTS: FontConstants = {
  ...BASE_CONSTANTS,
  scriptSpace: 0.1,
  sup1: 0.8,
  sub2: 0.6,
  delta: 0.05,
  deltaSlanted: 0.3,
  deltaIntegral: 0.3,
};
