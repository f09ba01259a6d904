/**
 * Cairo's SVG, made smaller without changing what a viewer draws, as matplotlib's own SVG is small:
 *
 * - each glyph outline (a filled path Cairo writes in page coordinates) is defined once, in 1/256 of a
 *   point (Cairo's own precision) relative to its first point, and placed with <use> wherever it is drawn;
 * - stroked paths and clip paths are written to 1/100 of a point (a seventh of a pixel at 100 dpi), Cairo's
 *   six decimals being far more than any figure's resolution needs;
 * - a line clipped to a rectangle it lies inside (a grid line within its axes) loses the clip.
 *
 * A pure text transformation of the document Cairo wrote; the same input gives the same bytes.
 */

/** 1/256 of a point: Cairo's fixed-point coordinates, which its six decimals print exactly enough to recover. */
const UNIT = 256;

type Command = { op: string; args: number[] };

function parsePath(d: string): Command[] | undefined {
  const out: Command[] = [];
  const re = /([MLCZ])([^MLCZ]*)/g;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(d))) {
    seen += m[0].length;
    const args = m[2].trim() ? m[2].trim().split(/\s+/).map(Number) : [];
    if (args.some((v) => !Number.isFinite(v))) return undefined;
    const arity = { M: 2, L: 2, C: 6, Z: 0 }[m[1] as 'M' | 'L' | 'C' | 'Z'];
    if (args.length !== arity) return undefined;
    out.push({ op: m[1], args });
  }
  return seen === d.length && out[0]?.op === 'M' ? out : undefined;
}

/** Integers without separators where a minus sign separates them: "-120 0-214 31". */
function join(values: number[]): string {
  return values.map((v, i) => (i > 0 && v >= 0 ? ` ${v}` : String(v))).join('');
}

/**
 * A glyph's outline relative to its first point, in 1/256 of a point, each command relative to the point
 * before it (m, l, c, z): the same text wherever the same glyph is drawn.
 */
function glyphShape(commands: Command[]): { shape: string; x: number; y: number } {
  const toUnits = (v: number) => Math.round(v * UNIT);
  const x0 = toUnits(commands[0].args[0]);
  const y0 = toUnits(commands[0].args[1]);
  let [cx, cy] = [x0, y0];
  let [sx, sy] = [x0, y0];
  const parts: string[] = [];
  for (const { op, args } of commands) {
    const pts = args.map(toUnits);
    if (op === 'Z') {
      parts.push('z');
      [cx, cy] = [sx, sy];
      continue;
    }
    const rel = pts.map((v, i) => v - (i % 2 === 0 ? cx : cy));
    // TrueType outlines are quadratic: Cairo writes each as the cubic it equals, which q says in 4 numbers.
    const q = op === 'C' ? quadratic(rel) : undefined;
    parts.push(q ? `q${join(q)}` : `${op.toLowerCase()}${join(rel)}`);
    [cx, cy] = [pts[pts.length - 2], pts[pts.length - 1]];
    if (op === 'M') [sx, sy] = [cx, cy];
  }
  // The first move is from the origin of the definition: the glyph's own first point. Cairo ends each
  // closed path with a move back to its start, which draws nothing.
  parts[0] = 'm0 0';
  if (parts.length > 2 && /^m/.test(parts[parts.length - 1]) && parts[parts.length - 2] === 'z') parts.pop();
  return { shape: parts.join(''), x: x0 / UNIT, y: y0 / UNIT };
}

/**
 * The quadratic a relative cubic (0,0) c1 c2 p is the degree elevation of, if it is one to Cairo's own
 * precision: its control point q = 3/2·c1 = p + 3/2·(c2 − p), in whole units.
 */
function quadratic(c: number[]): number[] | undefined {
  const [x1, y1, x2, y2, x, y] = c;
  const qx = Math.round(1.5 * x1);
  const qy = Math.round(1.5 * y1);
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  // Both control points of the cubic the quadratic makes must land where Cairo wrote them, within a unit.
  const ok =
    near((2 * qx) / 3, x1) &&
    near((2 * qy) / 3, y1) &&
    near(x + (2 * (qx - x)) / 3, x2) &&
    near(y + (2 * (qy - y)) / 3, y2);
  return ok ? [qx, qy, x, y] : undefined;
}

/** A number to 1/100: "92.29", "34.92", "242". */
const hundredths = (v: number) => String(Math.round(v * 100) / 100);

function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+/g, (n) => hundredths(Number(n)));
}

const thousandths = (v: number) => String(Math.round(v * 1000) / 1000);

/** Bounds of a path of M and L commands only, or undefined for any other. */
function lineBounds(d: string): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const commands = parsePath(d.trim());
  if (!commands || commands.some((c) => c.op !== 'M' && c.op !== 'L')) return undefined;
  const xs = commands.map((c) => c.args[0]);
  const ys = commands.map((c) => c.args[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** A clip path that is one rectangle: its bounds. */
function clipRectangle(d: string): { x0: number; y0: number; x1: number; y1: number } | undefined {
  const commands = parsePath(d.trim());
  if (!commands || commands.length < 5) return undefined;
  const corners = commands.filter((c) => c.op !== 'Z').slice(0, 4);
  const xs = corners.map((c) => c.args[0]);
  const ys = corners.map((c) => c.args[1]);
  const rect = corners.every(
    (c) =>
      (c.args[0] === Math.min(...xs) || c.args[0] === Math.max(...xs)) &&
      (c.args[1] === Math.min(...ys) || c.args[1] === Math.max(...ys)),
  );
  return rect ? { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } : undefined;
}

/** Drops each clip whose one stroked line lies, with half its width and its square caps, inside the clip. */
function dropNeedlessClips(text: string): string {
  const rects = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  for (const m of text.matchAll(/<clipPath id="(clip\d+)">\s*<path d="([^"]*)"\/>\s*<\/clipPath>/g)) {
    const r = clipRectangle(m[2]);
    if (r) rects.set(m[1], r);
  }
  const kept = new Set<string>();
  let out = text.replace(
    /<g clip-path="url\(#(clip\d+)\)" clip-rule="nonzero">\n(<path style="([^"]*)" d="([^"]*)"\/>)\n<\/g>/g,
    (whole, id: string, element: string, style: string, d: string) => {
      const rect = rects.get(id);
      const bounds = lineBounds(d);
      const width = /stroke-width:([\d.]+)/.exec(style);
      if (!rect || !bounds || !width || style.includes('stroke:none')) {
        kept.add(id);
        return whole;
      }
      const reach = Number(width[1]) * Math.SQRT1_2 + 1e-9; // half the width, across a square cap's corner too
      const inside =
        bounds.x0 - reach >= rect.x0 &&
        bounds.x1 + reach <= rect.x1 &&
        bounds.y0 - reach >= rect.y0 &&
        bounds.y1 + reach <= rect.y1;
      if (!inside) kept.add(id);
      return inside ? element : whole;
    },
  );
  for (const m of text.matchAll(/url\(#(clip\d+)\)/g)) if (out.includes(`url(#${m[1]})`)) kept.add(m[1]);
  out = out.replace(/<clipPath id="(clip\d+)">[\s\S]*?<\/clipPath>\n?/g, (whole, id: string) =>
    kept.has(id) ? whole : '',
  );
  return out;
}

/**
 * Runs of sibling elements (one a line, as Cairo writes them) with the same style attribute, wrapped in one
 * <g> that carries it: fill and stroke properties are inherited, so each element draws as before.
 */
function groupStyles(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  const styleOf = (line: string) => /^<(?:path|use)\b[^>]*?\sstyle="([^"]*)"[^>]*\/>$/.exec(line)?.[1];
  for (let i = 0; i < lines.length;) {
    const style = styleOf(lines[i]);
    let j = i + 1;
    if (style !== undefined) while (j < lines.length && styleOf(lines[j]) === style) j++;
    if (style === undefined || j - i < 2) {
      out.push(lines[i]);
      i++;
      continue;
    }
    out.push(`<g style="${style}">`);
    for (let k = i; k < j; k++) out.push(lines[k].replace(` style="${style}"`, ''));
    out.push('</g>');
    i = j;
  }
  return out.join('\n');
}

/**
 * An artist's group (render/groups.ts) whose one child is a group of one style takes that style itself: the
 * same inheritance, one element fewer (a text's glyphs, a tick's labels).
 */
function styleOnGroup(text: string): string {
  return text.replace(
    /(<g id="[^"]*")>\n<g style="([^"]*)">\n((?:<(?:path|use)\b[^\n]*\/>\n)+)<\/g>\n<\/g>/g,
    (_, open: string, style: string, children: string) => `${open} style="${style}">\n${children}</g>`,
  );
}

/**
 * A style attribute without SVG's defaults (opacity 1, the nonzero fill rule, no stroke on a fill, miter joins,
 * butt caps; the miter limit where joins are not mitred) and with
 * Cairo's rgb(a%,b%,c%) colours as the #rrggbb they are (Cairo writes each channel's 0-255 value as a percent).
 */
function compactStyle(style: string): string {
  return style
    .replace(/rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)/g, (_, r: string, g: string, b: string) => {
      const hex = [r, g, b].map((v) =>
        Math.round((Number(v) * 255) / 100)
          .toString(16)
          .padStart(2, '0'),
      );
      return `#${hex.join('')}`;
    })
    .replace(
      /\s*(fill-opacity:1|stroke-opacity:1|fill-rule:nonzero|stroke:none|stroke-linejoin:miter|stroke-linecap:butt);/g,
      '',
    )
    .replace(/(stroke-linejoin:(?:round|bevel);.*?)stroke-miterlimit:[\d.]+;/, '$1')
    .trim();
}

export function compactSvg(text: string): string {
  const defs = new Map<string, string>();
  let body = text.replace(/<path style="( stroke:none;[^"]*)" d="([^"]*)"\/>/g, (whole, style: string, d: string) => {
    const commands = parsePath(d.trim());
    if (!commands) return whole;
    const { shape, x, y } = glyphShape(commands);
    let id = defs.get(shape);
    if (!id) defs.set(shape, (id = `g${defs.size + 1}`));
    // To a thousandth of a point (a seven-hundredth of a pixel at 100 dpi).
    return `<use xlink:href="#${id}" x="${thousandths(x)}" y="${thousandths(y)}" style="${style}"/>`;
  });
  // Lines and clips to a hundredth of a point. A line of one segment has no join: its join and miter limit go.
  body = body.replace(
    /(<path style=")([^"]*)(" d=")([^"]*)("\/>)/g,
    (_, a: string, style: string, b: string, d: string, c: string) => {
      const oneSegment = /^M [-\d.]+ [-\d.]+ L [-\d.]+ [-\d.]+ $/.test(d);
      const kept = oneSegment ? style.replace(/stroke-(?:linejoin:\w+|miterlimit:[\d.]+);/g, '') : style;
      return a + kept + b + roundPath(d) + c;
    },
  );
  body = dropNeedlessClips(body);
  body = body.replace(
    /(<clipPath id="clip\d+">\s*<path d=")([^"]*)(")/g,
    (_, a: string, d: string, b: string) => a + roundPath(d) + b,
  );
  body = body.replace(/ style="([^"]*)"/g, (_, style: string) => ` style="${compactStyle(style)}"`);
  // nonzero is the clip rule's default too.
  body = body.replace(/(<g clip-path="url\(#clip\d+\)") clip-rule="nonzero">/g, '$1>');
  body = groupStyles(body);
  body = styleOnGroup(body);
  if (!defs.size) return body;
  const glyphs = [...defs]
    .map(([shape, id]) => `<path id="${id}" transform="scale(${1 / UNIT})" d="${shape}"/>`)
    .join('\n');
  return body.includes('<defs>')
    ? body.replace('<defs>', `<defs>\n${glyphs}`)
    : body.replace(/(<svg\b[^>]*>)/, `$1\n<defs>\n${glyphs}\n</defs>`);
}
