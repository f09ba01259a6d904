/**
 * annotate() as an option (--annotate, a config's annotate key): the call's argument text copied from a script,
 * or its values by name, bound and checked as the other pyplot calls are (pyplot-calls.ts). Its arrowprops is
 * read as matplotlib 3.6's Annotation reads it: with an arrowstyle, a FancyArrowPatch of that style; without
 * one, the older arrow of width, headwidth, headlength and shrink.
 */
import { badValue, didYouMean, UsageError, type FieldPath } from '../errors';
import { DEFAULT_RC, type Rc } from '../style/rcparams';
import type { AnnotateOptions } from './options';
import type { CallSignature, PyValue } from '../pycall';
import { bound, choice, colour, finite, flag, shownPy, text, widthValue } from './pyplot-calls';
import { FONT_ALIASES, FONT_KEYWORDS, textLook } from './text-call';
import { parseAlpha, parseWidth } from './rules';
import type { AnnotationSpec, ArrowSpec, ArrowStyleSpec, PointCoords, TextCoords } from './types';

const ANNOTATE: CallSignature = {
  call: 'annotate',
  positional: ['text', 'xy', 'xytext', 'xycoords', 'textcoords', 'arrowprops', 'annotation_clip'],
  keywords: ['fontsize', 'color', 'alpha', 'ha', 'va', 'bbox', 'rotation', ...FONT_KEYWORDS],
  aliases: {
    s: 'text',
    size: 'fontsize',
    c: 'color',
    horizontalalignment: 'ha',
    verticalalignment: 'va',
    ...FONT_ALIASES,
  },
  unsupported: ['zorder', 'wrap', 'rotation_mode'],
};

const POINT_COORDS: readonly PointCoords[] = [
  'data',
  'axes fraction',
  'axes pixels',
  'axes points',
  'figure fraction',
  'figure pixels',
  'figure points',
];
const TEXT_COORDS: readonly TextCoords[] = [...POINT_COORDS, 'offset points', 'offset pixels'];

/** An (x, y) pair of finite numbers. */
function pair(v: PyValue, at: FieldPath): [number, number] {
  if (!Array.isArray(v) || v.length !== 2) throw badValue(at, shownPy(v), 'a pair (x, y), e.g. (0, 1)');
  return [finite(v[0], at), finite(v[1], at)];
}

function coords<T extends string>(v: PyValue, names: readonly T[], at: FieldPath): T {
  const t = text(v, at, 'a coordinate system');
  if (!(names as readonly string[]).includes(t)) {
    throw badValue(at, t, `one of ${names.map((n) => `'${n}'`).join(', ')}`, didYouMean(t, names));
  }
  return t as T;
}

/** annotate(text, xy, xytext=None, xycoords='data', textcoords=None, arrowprops=None, ...). */
export function readAnnotate(given: string | AnnotateOptions, at: FieldPath, rc: Rc = DEFAULT_RC): AnnotationSpec {
  const b = bound(given, ANNOTATE, at);
  if (b.text === undefined || b.text === null) throw badValue([...at, 'text'], 'nothing', "annotate()'s text");
  if (b.xy === undefined || b.xy === null) throw badValue([...at, 'xy'], 'nothing', 'the point annotated: (x, y)');
  const xycoords = b.xycoords === undefined ? 'data' : coords(b.xycoords, POINT_COORDS, [...at, 'xycoords']);
  const spec: AnnotationSpec = {
    text: String(b.text),
    xy: pair(b.xy, [...at, 'xy']),
    xycoords,
    textcoords:
      b.textcoords === undefined || b.textcoords === null
        ? xycoords
        : coords(b.textcoords, TEXT_COORDS, [...at, 'textcoords']),
    ha: choice(b, 'ha', ['left', 'center', 'right'] as const, 'left', at),
    va: choice(b, 'va', ['baseline', 'top', 'bottom', 'center', 'center_baseline'] as const, 'baseline', at),
  };
  if (b.xytext !== undefined && b.xytext !== null) spec.xytext = pair(b.xytext, [...at, 'xytext']);
  Object.assign(spec, textLook(b, at, rc));
  if (b.annotation_clip !== undefined && b.annotation_clip !== null) {
    spec.clip = flag(b.annotation_clip, [...at, 'annotation_clip']);
  }
  if (b.arrowprops !== undefined && b.arrowprops !== null) {
    spec.arrow = readArrowProps(b.arrowprops, [...at, 'arrowprops'], rc);
  }
  return spec;
}

const ARROW_ALIASES: Readonly<Record<string, string>> = { fc: 'facecolor', ec: 'edgecolor', lw: 'linewidth' };
const COMMON = ['color', 'facecolor', 'edgecolor', 'linewidth', 'alpha', 'mutation_scale'];
const STYLED = ['arrowstyle', 'connectionstyle', 'relpos', 'shrinkA', 'shrinkB', ...COMMON];
const LEGACY = ['width', 'headwidth', 'headlength', 'shrink', ...COMMON];
const ARROW_NOT_YET = ['patchA', 'patchB', 'linestyle', 'ls', 'hatch', 'fill', 'mutation_aspect', 'zorder'];

/** arrowprops: a dict of FancyArrowPatch's properties, by arrowstyle or by the older keys. */
function readArrowProps(v: PyValue, at: FieldPath, rc: Rc): ArrowSpec {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw badValue(at, shownPy(v), "a dict, e.g. {'arrowstyle': '->'} or dict(facecolor='black', shrink=0.05)");
  }
  const props: Record<string, PyValue> = {};
  for (const [given, value] of Object.entries(v)) props[ARROW_ALIASES[given] ?? given] = value;
  const styled = props.arrowstyle !== undefined;
  const accepted = styled ? STYLED : LEGACY;
  for (const key of Object.keys(props)) {
    if (ARROW_NOT_YET.includes(key)) {
      throw new UsageError([...at, key], {
        problem: `arrowprops' ${key} is matplotlib's, but actplot does not draw it yet; accepted: ${accepted.join(', ')}`,
      });
    }
    if (!accepted.includes(key)) {
      const why = styled
        ? LEGACY.includes(key)
          ? ' (the older arrow without arrowstyle takes it)'
          : ''
        : STYLED.includes(key)
          ? " (with an arrowstyle, e.g. 'arrowstyle': '->')"
          : '';
      throw badValue([...at, key], key, `a key of arrowprops: ${accepted.join(', ')}${why}`);
    }
  }
  const num = (key: string, fallback: number, min = 0) => {
    if (props[key] === undefined || props[key] === null) return fallback;
    const n = finite(props[key], [...at, key]);
    if (n < min || n > 1000) throw badValue([...at, key], n, `a number from ${min} to 1000`);
    return n;
  };
  const arrow: ArrowSpec = {
    style: styled
      ? arrowStyle(props.arrowstyle, [...at, 'arrowstyle'])
      : {
          kind: 'legacy',
          width: num('width', 4),
          headWidth: num('headwidth', 12),
          headLength: num('headlength', 12),
          shrink: num('shrink', 0),
        },
    rad: styled ? connection(props.connectionstyle, [...at, 'connectionstyle']) : 0,
    relpos: props.relpos === undefined ? [0.5, 0.5] : pair(props.relpos, [...at, 'relpos']),
    shrinkA: num('shrinkA', 2),
    shrinkB: num('shrinkB', 2),
    // Patch's defaults: face patch.facecolor, edge patch.edgecolor (FancyArrowPatch always has one).
    face: rc['patch.facecolor'],
    edge: rc['patch.edgecolor'],
    linewidth: rc['patch.linewidth'],
  };
  if (props.mutation_scale !== undefined) arrow.mutationScale = num('mutation_scale', 1, 1e-3);
  // color sets both, as Patch.set_color does; facecolor and edgecolor then override.
  if (props.color !== undefined && props.color !== null)
    arrow.face = arrow.edge = colour(props.color, [...at, 'color']);
  if (props.facecolor !== undefined && props.facecolor !== null) {
    arrow.face = colour(props.facecolor, [...at, 'facecolor']);
  }
  if (props.edgecolor !== undefined && props.edgecolor !== null) {
    arrow.edge = colour(props.edgecolor, [...at, 'edgecolor']);
  }
  if (props.linewidth !== undefined) {
    arrow.linewidth = parseWidth([...at, 'linewidth'], widthValue(props.linewidth, [...at, 'linewidth']));
  }
  if (props.alpha !== undefined && props.alpha !== null) {
    arrow.alpha = parseAlpha([...at, 'alpha'], finite(props.alpha, [...at, 'alpha']));
  }
  return arrow;
}

/** The curve styles by name: heads at the start and the end, open or filled (ArrowStyle's table). */
const CURVES: Readonly<Record<string, [ArrowEnd, ArrowEnd]>> = {
  '-': ['none', 'none'],
  '->': ['none', 'open'],
  '<-': ['open', 'none'],
  '<->': ['open', 'open'],
  '-|>': ['none', 'filled'],
  '<|-': ['filled', 'none'],
  '<|-|>': ['filled', 'filled'],
};
type ArrowEnd = 'none' | 'open' | 'filled';
const NOT_YET_STYLES = [']-', '-[', ']-[', '|-|', ']->', '<-[', 'fancy', 'wedge'];

/** 'name' or 'name, key=value, ...' as ArrowStyle reads it (spaces dropped, the name in lower case). */
function arrowStyle(v: PyValue, at: FieldPath): ArrowStyleSpec {
  const t = text(v, at, "an arrow style, e.g. '->'");
  const [rawName, ...rest] = t.replace(/\s/g, '').split(',');
  const name = rawName.toLowerCase();
  const args: Record<string, number> = {};
  for (const part of rest) {
    const [key, value, more] = part.split('=');
    const n = Number(value);
    if (!key || value === undefined || more !== undefined || value === '' || !Number.isFinite(n) || n < 0) {
      throw badValue(at, t, "a style and its sizes: '->, head_length=0.4, head_width=0.2'");
    }
    args[key] = n;
  }
  const only = (keys: string[]) => {
    const stray = Object.keys(args).find((k) => !keys.includes(k));
    if (stray) throw badValue(at, t, `sizes of '${name}': ${keys.join(', ')}`);
  };
  if (Object.hasOwn(CURVES, name)) {
    only(['head_length', 'head_width']);
    const [begin, end] = CURVES[name];
    // The plain line '-' has its own (unused) head sizes, as Curve.__init__ sets them.
    const plain = name === '-';
    return {
      kind: 'curve',
      begin,
      end,
      headLength: args.head_length ?? (plain ? 0.2 : 0.4),
      headWidth: args.head_width ?? (plain ? 0.1 : 0.2),
    };
  }
  if (name === 'simple') {
    only(['head_length', 'head_width', 'tail_width']);
    return {
      kind: 'simple',
      headLength: args.head_length ?? 0.5,
      headWidth: args.head_width ?? 0.5,
      tailWidth: args.tail_width ?? 0.2,
    };
  }
  if (NOT_YET_STYLES.includes(name)) {
    throw new UsageError(at, {
      problem: `the arrow style '${name}' is matplotlib's, but actplot does not draw it yet; accepted: ${[...Object.keys(CURVES), 'simple'].join(' ')}`,
    });
  }
  const names = [...Object.keys(CURVES), 'simple'];
  throw badValue(at, name, `an arrow style: ${names.join(' ')}`, didYouMean(name, names));
}

/** connectionstyle: arc3 (the default), with its rad; the other connection styles are not drawn yet. */
function connection(v: PyValue | undefined, at: FieldPath): number {
  if (v === undefined || v === null) return 0;
  const t = text(v, at, "a connection style, e.g. 'arc3,rad=0.2'");
  const [name, ...rest] = t.replace(/\s/g, '').split(',');
  if (name.toLowerCase() !== 'arc3') {
    const known = ['angle3', 'angle', 'arc', 'bar'];
    if (known.includes(name.toLowerCase())) {
      throw new UsageError(at, {
        problem: `the connection style '${name}' is matplotlib's, but actplot does not draw it yet; accepted: arc3`,
      });
    }
    throw badValue(at, t, "arc3, e.g. 'arc3,rad=0.2'");
  }
  let rad = 0;
  for (const part of rest) {
    const m = /^rad=(.+)$/.exec(part);
    const n = m ? Number(m[1]) : NaN;
    if (!Number.isFinite(n) || Math.abs(n) > 100)
      throw badValue(at, t, "arc3 and its rad, within ±100: 'arc3,rad=0.2'");
    rad = n;
  }
  return rad;
}
