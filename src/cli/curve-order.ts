/**
 * The order of a panel's curves on the command line: `actplot f --expr e g` draws f, e, g in that order
 * (colours, styles and stacking follow it). Commander hands over the functions and the --expr values apart,
 * so the words are walked again with the command's own option definitions: an option's value is skipped, a
 * bare word is a function, an --expr is an expression, a --plot is data.
 */
import type { Command } from 'commander';

export type CurveKind = 'function' | 'expr' | 'plot' | 'scatter';

export function curveOrder(words: readonly string[], cmd: Command): CurveKind[] {
  const kinds: CurveKind[] = [];
  const takesValue = (flag: string): 'required' | 'optional' | 'none' => {
    const o = cmd.options.find((opt) => opt.long === flag || opt.short === flag);
    if (!o) return 'none';
    return o.required ? 'required' : o.optional ? 'optional' : 'none';
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      for (const rest of words.slice(i + 1)) if (rest !== undefined) kinds.push('function');
      break;
    }
    if (!w.startsWith('-') || w === '-' || /^-\d/.test(w)) {
      kinds.push('function');
      continue;
    }
    const [flag, inline] = w.includes('=') ? [w.slice(0, w.indexOf('=')), true] : [w, false];
    if (flag === '--expr') kinds.push('expr');
    if (flag === '--plot') kinds.push('plot');
    if (flag === '--scatter') kinds.push('scatter');
    const value = takesValue(flag);
    if (inline || value === 'none') continue;
    if (value === 'required' || (words[i + 1] !== undefined && !words[i + 1].startsWith('-'))) i++;
  }
  return kinds;
}
