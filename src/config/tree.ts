/** Checks on a config's raw data before its schema sees it: nesting, size, repeated and dangerous keys. */
import { MAX_CONFIG_DEPTH, MAX_CONFIG_VALUES } from '../limits';

export interface TreeProblem {
  path: PropertyKey[];
  message: string;
}

/**
 * The first problem of a parsed config tree, walked without recursion: nesting deeper than MAX_CONFIG_DEPTH,
 * more than MAX_CONFIG_VALUES values (YAML aliases count each time they are used, so an alias bomb stops
 * here, early), or a key named __proto__, which a JavaScript object cannot hold as data.
 */
export function treeProblem(data: unknown): TreeProblem | undefined {
  const stack: [unknown, PropertyKey[]][] = [[data, []]];
  let count = 0;
  while (stack.length) {
    const [value, at] = stack.pop()!;
    if (++count > MAX_CONFIG_VALUES) {
      return {
        path: [],
        message: `holds more than ${MAX_CONFIG_VALUES} values (YAML aliases count each time they are used)`,
      };
    }
    if (value === null || typeof value !== 'object') continue;
    if (at.length >= MAX_CONFIG_DEPTH)
      return { path: at.slice(0, 3), message: `nests deeper than ${MAX_CONFIG_DEPTH} levels below this` };
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...at, i]]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') return { path: [...at, key], message: 'is not an accepted key' };
      stack.push([(value as Record<string, unknown>)[key], [...at, key]]);
    }
  }
  return undefined;
}

/**
 * The first key that an object of this JSON text repeats, with its offset: JSON.parse keeps the last silently,
 * where YAML refuses. A scan of the text (which JSON.parse has accepted), since JSON.parse offers no hook
 * that sees repeated keys.
 */
export function repeatedJsonKey(text: string): { key: string; offset: number } | undefined {
  const frames: ({ keys: Set<string>; expectKey: boolean } | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = frames[frames.length - 1];
    if (c === '{') frames.push({ keys: new Set(), expectKey: true });
    else if (c === '[') frames.push(undefined);
    else if (c === '}' || c === ']') frames.pop();
    else if (c === ',' && top) top.expectKey = true;
    else if (c === ':' && top) top.expectKey = false;
    else if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, offset: i };
        top.keys.add(key);
      }
      i = end;
    }
  }
  return undefined;
}
