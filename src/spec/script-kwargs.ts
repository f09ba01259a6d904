/**
 * A script's dicts of keyword arguments: `props = dict(facecolor='black', shrink=0.05)` (or a dict written out
 * with texts for keys), given to a call by name (`arrowprops=props`) or spread into it (`ax.plot(x, y, **style)`).
 * Pure: texts in, texts out.
 */
import { closingParen, outsideStrings, splitOutside, argumentTexts } from '../pycall';

/** dict(k=v, ...) of keywords alone, as the dict written out: {'k': v, ...}; undefined for any other text. */
export function dictCallText(text: string): string | undefined {
  const t = text.trim();
  if (!/^dict\(/.test(t) || closingParen(t, 4) !== t.length - 1) return undefined;
  const { positional, keywords } = argumentTexts(t.slice(5, -1));
  if (positional.length || !keywords.size) return undefined;
  return `{${[...keywords].map(([k, v]) => `'${k}': ${v}`).join(', ')}}`;
}

/** A dict's entries as keyword arguments, `k=v`, where every key is a text that is a name; else undefined. */
function asKeywords(dict: string): string[] | undefined {
  const out: string[] = [];
  for (const entry of splitOutside(dict.trim().slice(1, -1), ',')) {
    const [key, ...value] = splitOutside(entry, ':');
    const name = /^(['"])([A-Za-z_]\w*)\1$/.exec(key.trim())?.[2];
    if (name === undefined || !value.length) return undefined;
    out.push(`${name}=${value.join(':').trim()}`);
  }
  return out;
}

const SPREAD = /(?<!\*)\*\*\s*([A-Za-z_]\w*)\b/g;
/** A keyword's value that is a bare name: `arrowprops=props` (after an opening parenthesis or a comma). */
const NAMED_VALUE = /([(,]\s*[A-Za-z_]\w*\s*=(?!=)\s*)([A-Za-z_]\w*)(?=\s*[,)])/g;

/**
 * A statement with each dict the script wrote out by name given as a keyword's value written out
 * (`arrowprops=props` to `arrowprops={'facecolor': 'black'}`) and spread into a call's keywords (`**style` to
 * `lw=2, alpha=0.8`); other names are left as they are.
 */
export function withDictArguments(statement: string, dicts: ReadonlyMap<string, string>): string {
  if (!statement.includes('=') && !statement.includes('**')) return statement;
  const dictOf = (name: string) => {
    const d = dicts.get(name);
    return d?.trim().startsWith('{') ? d.trim() : undefined;
  };
  return outsideStrings(statement, (part) =>
    part
      .replace(SPREAD, (whole, name: string) => {
        const d = dictOf(name);
        const keywords = d === undefined ? undefined : asKeywords(d);
        return keywords === undefined || !keywords.length ? whole : keywords.join(', ');
      })
      .replace(NAMED_VALUE, (whole, before: string, name: string) => {
        const d = dictOf(name);
        return d === undefined ? whole : before + d;
      }),
  );
}
