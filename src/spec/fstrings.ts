/**
 * A script's f-strings (`label=f'Swish (β={beta})'`, `f'{a:.2f}'`) and str.format() of a string
 * (`'{} (α={:.1f})'.format(name, a)`) as the plain strings Python makes of them, where each field is a value
 * written out: a number or a text, as a loop's item or a value line gives it. Pure.
 */
import { UsageError, type FieldPath } from '../errors';
import { argumentTexts, closingParen, isPyNumber, QUOTED, splitOutside } from '../pycall';
import { floatRepr, parsePrintf, parseStrFormat } from '../style/py-format';
import { withStringMethods } from './str-methods';
import { wholeNumberOf } from './whole-numbers';
import { numberOf } from './constant-args';

/** A quoted string of the statement, with its prefix (f, r, fr, rf in any case). */
const STRING = new RegExp(`([A-Za-z]{0,2})(${QUOTED})`, 'g');

type ValueOf = (name: string) => string | undefined;

/**
 * The statement with each string Python makes from values written out (a loop's item, a value line) made
 * plain: str() of one, f-strings, 'text'.format(...) and 'text %.2f' % value, in that order.
 */
export function withPythonStrings(statement: string, valueOf: ValueOf, at: FieldPath): string {
  const withStr = withStrCalls(statement, valueOf);
  const formatted = withPercentFormat(withStrFormat(withFStrings(withStr, valueOf, at), valueOf, at), valueOf, at);
  return withStringMethods(formatted, valueOf, at);
}

/**
 * A value as written: a number or a quoted text itself, else a name's value written out (or undefined); a str
 * method called on one (name.upper()) as the text it makes.
 */
function writtenValue(text: string, valueOf: ValueOf, at: FieldPath): string | undefined {
  const value = withStringMethods(text, valueOf, at);
  if (isPyNumber(value) || /^['"]/.test(value)) return value;
  return valueOf(value) ?? arithmetic(value);
}

/**
 * Arithmetic of numbers written out (a loop's item put in {k + 1}): an int where Python's would be one (whole
 * numbers with + - * // %), else the float it makes (k / 2, 0.5 * 3), as repr() writes it; undefined otherwise.
 */
function arithmetic(text: string): string | undefined {
  if (!/^[\d\s.+\-*/%()eE_]+$/.test(text) || !/\d/.test(text)) return undefined;
  const whole = wholeNumberOf(text);
  if (whole !== undefined) return String(whole);
  if (/\/\/|%/.test(text)) return undefined; // a float's // and % are Python's own: not computed here
  const v = numberOf(text.replace(/_/g, ''), (t) => t, ['fstring']);
  return v === undefined ? undefined : floatRepr(v);
}

/** A made text quoted again as the string it came from was (its prefix, its quote, that quote escaped). */
const requoted = (prefix: string, quote: string, text: string) =>
  `${prefix}${quote}${text.replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;

/**
 * The statement with each f-string made plain. `valueOf` gives a name's value as written (a number's text or
 * a quoted string), or undefined where the script has none written out; such a field is refused.
 */
function withFStrings(statement: string, valueOf: ValueOf, at: FieldPath): string {
  if (!/[fF][rR]?['"]|[rR][fF]['"]/.test(statement)) return statement;
  return statement.replace(STRING, (whole, prefix: string, quoted: string, offset: number) => {
    // A prefix is a string's only where it stands alone (not the end of a name: elf'...' is no f-string).
    if (!/f/i.test(prefix) || /\w/.test(statement[offset - 1] ?? '')) return whole;
    const raw = /r/i.test(prefix);
    const body = quoted.slice(1, -1);
    const made = fields(body, (field) => shown(field, valueOf, at, statement));
    return requoted(raw ? 'r' : '', quoted[0], made);
  });
}

/**
 * The statement with each str() of a number, or of a name of a value written out, as the f-string of it
 * (str(k) is f'{k}'), which withFStrings then makes the string Python makes.
 */
function withStrCalls(statement: string, valueOf: ValueOf): string {
  if (!statement.includes('str(')) return statement;
  return statement.replace(
    /(?<![\w.])str\(\s*([A-Za-z_]\w*|[-+]?(?:\d[\d_]*\.?[\d_]*|\.\d+)(?:[eE][-+]?\d+)?)\s*\)/g,
    (call, arg: string) => (isPyNumber(arg) || valueOf(arg) !== undefined ? `f'{${arg}}'` : call),
  );
}

/** A plain string's .format(...) call: the string, then the call's opening parenthesis. */
const FORMAT_CALL = new RegExp(String.raw`(?<![\w.])([rR]?)(${QUOTED})\s*\.format\s*\(`, 'g');

/**
 * The statement with each 'text'.format(...) made the string Python makes: its fields `{}`, `{0}`, `{name}`
 * (each with a conversion and a spec), its arguments values written out, as an f-string's fields are.
 */
function withStrFormat(statement: string, valueOf: ValueOf, at: FieldPath): string {
  if (!statement.includes('.format')) return statement;
  let out = statement;
  const calls = new RegExp(FORMAT_CALL); // its own lastIndex: a refusal midway leaves none behind
  for (let m = calls.exec(out); m; m = calls.exec(out)) {
    const open = m.index + m[0].length - 1;
    const close = closingParen(out, open);
    if (close < 0) break;
    const { positional, keywords: named } = argumentTexts(out.slice(open + 1, close));
    let auto = 0;
    const quoted = m[2];
    const made = fields(quoted.slice(1, -1), (field) => {
      const f = /^([^!:]*)((?:![rs])?(?::[^]*)?)$/.exec(field);
      const key = f?.[1].trim() ?? '';
      const arg = key === '' ? positional[auto++] : /^\d+$/.test(key) ? positional[Number(key)] : named.get(key);
      if (f === null || arg === undefined) {
        throw new UsageError(at, {
          problem: `the field {${field}} of '${statement.trim()}': .format() has no argument for it`,
        });
      }
      const value = writtenValue(arg, valueOf, at);
      try {
        return shown(`arg${f[2]}`, (n) => (n === 'arg' ? value : undefined), at, statement);
      } catch (err) {
        if (!(err instanceof UsageError)) throw err;
        throw new UsageError(at, {
          problem: `the field {${field}} of '${statement.trim()}': its argument ${arg} is read as a number or a text written out`,
        });
      }
    });
    const text = requoted(m[1], quoted[0], made);
    out = out.slice(0, m.index) + text + out.slice(close + 1);
    calls.lastIndex = m.index + text.length;
  }
  return out;
}

/** A string formatted with %: the string, then the value or the opening of the tuple of values. */
const PERCENT = new RegExp(
  String.raw`(?<![\w.])([rR]?)(${QUOTED})\s*%\s*(\(|[A-Za-z_]\w*|[-+]?(?:\d[\d_]*\.?[\d_]*|\.\d+)(?:[eE][-+]?\d+)?|${QUOTED})`,
  'g',
);
/** One of printf's conversions. */
const CONVERSION = /%([-+ #0]*)(\d*)(?:\.(\d+))?([diouxXeEfFgGcrs%])/g;

/**
 * The statement with each 'text %.2f' % value (or % (a, b)) made the string Python makes, the values written
 * out: numbers by their conversion, texts by %s and %r.
 */
function withPercentFormat(statement: string, valueOf: ValueOf, at: FieldPath): string {
  if (!/['"]\s*%/.test(statement)) return statement;
  let out = statement;
  const uses = new RegExp(PERCENT);
  for (let m = uses.exec(out); m; m = uses.exec(out)) {
    let end = m.index + m[0].length;
    let values = [m[3]];
    if (m[3] === '(') {
      const close = closingParen(out, end - 1);
      if (close < 0) break;
      values = splitOutside(out.slice(end, close), ',');
      end = close + 1;
    }
    const quoted = m[2];
    const refuse = (why: string): never => {
      throw new UsageError(at, { problem: `${quoted} % ...: ${why}, as Python formats it` });
    };
    let i = 0;
    const made = quoted.slice(1, -1).replace(CONVERSION, (conversion: string, ...parts: string[]) => {
      const type = parts[3];
      if (type === '%') return '%';
      const given = values[i++] ?? refuse('a value for each conversion');
      const written = writtenValue(given, valueOf, at) ?? refuse(`${given} written out`);
      const text = /^(['"])([^]*)\1$/.exec(written.trim());
      if (text) return type === 's' ? text[2] : type === 'r' ? `'${text[2]}'` : refuse(`a number for ${conversion}`);
      const number = written.trim().replace(/_/g, '');
      // str() of an int is its digits ('%s' % 1 is '1'); a float's is its repr, as the formatter writes it.
      if ((type === 's' || type === 'r') && /^[-+]?\d+$/.test(number) && conversion.length === 2) {
        return String(BigInt(number));
      }
      const format = parsePrintf(conversion) ?? refuse(`${conversion} of a number`);
      return format(Number(number));
    });
    if (i !== values.length) refuse('as many conversions as values');
    const text = requoted(m[1], quoted[0], made);
    out = out.slice(0, m.index) + text + out.slice(end);
    uses.lastIndex = m.index + text.length;
  }
  return out;
}

/** The text with each {field} replaced, '{{' and '}}' as braces. */
function fields(body: string, replace: (field: string) => string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if ((c === '{' || c === '}') && body[i + 1] === c) {
      out += c;
      i++;
    } else if (c === '{') {
      const end = body.indexOf('}', i);
      if (end < 0) return body; // not a field Python would read either: left as it is, for the reader to refuse
      out += replace(body.slice(i + 1, end));
      i = end;
    } else out += c;
  }
  return out;
}

/** One field, `name`, `name:spec`, `name!r`, as Python formats its value. */
function shown(field: string, valueOf: ValueOf, at: FieldPath, statement: string): string {
  const m = /^\s*([^:!]+?)\s*(?:!([rs]))?(?::([^]*))?$/.exec(field);
  const refuse = (): never => {
    throw new UsageError(at, {
      problem: `the f-string field {${field}} of '${statement.trim()}': a name of a number or a text written out is read`,
    });
  };
  if (!m) return refuse();
  const [, expression, conversion, spec] = m;
  const written = writtenValue(expression, valueOf, at);
  if (written === undefined) return refuse();
  const text = /^(['"])([^]*)\1$/.exec(written.trim());
  if (text) {
    if (spec) return refuse();
    return conversion === 'r' ? `'${text[2]}'` : text[2];
  }
  if (!isPyNumber(written)) return refuse();
  const number = written.trim().replace(/_/g, '');
  const value = Number(number);
  const isInt = /^[-+]?\d+$/.test(number);
  if (spec) {
    // An int takes 'd' (str.format's pos field is one); a float, or an int under a float's type, x's.
    const asInt = isInt ? parseStrFormat(`{pos:${spec}}`) : undefined;
    if (asInt) return asInt(0, value);
    const asFloat = parseStrFormat(`{x:${spec}}`);
    return asFloat ? asFloat(value, 0) : refuse();
  }
  return isInt ? String(BigInt(number)) : floatRepr(value);
}
