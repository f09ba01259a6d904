/**
 * Warnings in words. A warning that advises options carries them as data (spec/types.ts AdvisingWarning);
 * whoever shows it words them its own way, as errors are worded: the command line passes its flags, and
 * configs and the API read them as keys.
 */
import type { AdvisedOption, AdvisingWarning } from './types';

/** An advised option as a config or the API writes it: `size: [6, 4]`, `style: matplotlib`, `color`. */
export function optionAsKey(o: AdvisedOption): string {
  if (o.value === undefined) return o.field;
  const value = Array.isArray(o.value) ? `[${o.value.join(', ')}]` : String(o.value);
  return `${o.field}: ${value}`;
}

/** A warning in words, each advised option worded by `word`. */
export function warningText(w: string | AdvisingWarning, word: (o: AdvisedOption) => string = optionAsKey): string {
  if (typeof w === 'string') return w;
  return w.text.replace(/\{(\d+)\}/g, (_, i: string) => word(w.options[Number(i)]));
}
