/**
 * matplotlib's SVG groups: its SVG backend wraps each artist it draws in a <g> whose id is the artist's kind and
 * how many of that kind the figure has drawn so far (backend_svg's open_group: figure_1, axes_1, xtick_3,
 * line2d_7, text_5, legend_1...), nested as the artists draw one another. The drawing opens and closes the same
 * groups here, in the same order; a format that keeps them (SVG) is given each step to mark in what it draws,
 * the others none.
 */
import type { FigureLayout } from '../layout/layout';

type Ctx = import('canvas').CanvasRenderingContext2D;

/** A group opened (with its id), the last one open closed, or an element written as it is (an SVG <text>). */
export type GroupStep = { open: string } | { close: true } | { element: string };

export class ArtistGroups {
  readonly steps: GroupStep[] = [];
  private readonly counts = new Map<string, number>();

  /** `mark` records step number `index` in what is drawn (targets/svg-groups.ts). */
  constructor(private readonly mark: (ctx: Ctx, index: number) => void) {}

  open(ctx: Ctx, kind: string): void {
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    this.push(ctx, { open: `${kind}_${n}` });
  }

  close(ctx: Ctx): void {
    this.push(ctx, { close: true });
  }

  element(ctx: Ctx, element: string): void {
    this.push(ctx, { element });
  }

  private push(ctx: Ctx, step: GroupStep): void {
    this.steps.push(step);
    this.mark(ctx, this.steps.length - 1);
  }
}

/** The groups of a figure being drawn, for a format that keeps them. */
export const artistGroups = new WeakMap<FigureLayout, ArtistGroups>();

/** Draws an artist inside a group of its kind, where the figure keeps groups; else just draws it. */
export function inGroup(ctx: Ctx, layout: FigureLayout, kind: string, draw: () => void): void {
  const groups = artistGroups.get(layout);
  groups?.open(ctx, kind);
  draw();
  groups?.close(ctx);
}

export function openGroup(ctx: Ctx, layout: FigureLayout, kind: string): void {
  artistGroups.get(layout)?.open(ctx, kind);
}

export function closeGroup(ctx: Ctx, layout: FigureLayout): void {
  artistGroups.get(layout)?.close(ctx);
}
