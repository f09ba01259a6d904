/**
 * Which way a terminal can show a figure, from what it says of itself in the environment (no query: an
 * answer read back from the terminal would need standard input, which a pipeline may be using).
 *
 * Written here rather than taken from supports-terminal-graphics: the rules are a handful of variables, and
 * that package is young (0.1) and queries the terminal.
 */
export type ShowProtocol = 'kitty' | 'iterm' | 'sixel' | 'text';

export const SHOW_PROTOCOLS: readonly ShowProtocol[] = ['kitty', 'iterm', 'sixel', 'text'];

type Env = Record<string, string | undefined>;

/** The richest protocol the terminal is known to speak; text where it is not a terminal, or is dumb, or a CI log. */
export function detectProtocol(env: Env, isTTY: boolean): ShowProtocol {
  if (!isTTY || env.TERM === 'dumb' || env.CI) return 'text';
  const term = env.TERM ?? '';
  const program = env.TERM_PROGRAM ?? '';
  // kitty, and the terminals that implement its protocol (Ghostty, WezTerm, Konsole).
  if (env.KITTY_WINDOW_ID || term === 'xterm-kitty' || term === 'xterm-ghostty' || program === 'ghostty') {
    return 'kitty';
  }
  if (program === 'WezTerm' || env.KONSOLE_VERSION) return 'kitty';
  if (program === 'iTerm.app' || env.LC_TERMINAL === 'iTerm2') return 'iterm';
  if (/sixel/.test(term) || /^(foot|mlterm|yaft)/.test(term) || program === 'mintty') return 'sixel';
  return 'text';
}

/** The terminal's size in characters: the stream's own, else COLUMNS and LINES, else 80×24. */
export function terminalSize(stream: { columns?: number; rows?: number }, env: Env): { columns: number; rows: number } {
  const columns = stream.columns ?? (Number(env.COLUMNS) || 80);
  const rows = stream.rows ?? (Number(env.LINES) || 24);
  return { columns: Math.max(20, columns), rows: Math.max(8, rows) };
}

/**
 * A character cell's size in pixels, for sixel, whose pixels are the terminal's own: ACTPLOT_CELL_SIZE=WxH
 * where a terminal's cells are not the common 10×20.
 */
export function cellSize(env: Env): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/.exec(env.ACTPLOT_CELL_SIZE ?? '');
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 10, height: 20 };
}
