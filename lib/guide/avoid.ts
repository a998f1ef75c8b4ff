// Where the tooltip may go: a Floating UI middleware that tries placements in turn until the tooltip
// covers nothing the admin needs. Hard obstacles (the target, the form row below it, an open listbox, menu
// or dialog) must never be covered; soft ones (any other control on screen) only if no placement avoids them.
import type { Middleware, Placement } from '@floating-ui/dom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Obstacles {
  hard: Box[];
  soft: Box[];
  viewport: { width: number; height: number };
}

/** Hard and soft obstacles a box covers (leaving the viewport counts as hard: the tooltip would be cut). */
export interface Cover {
  hard: number;
  soft: number;
}

export const AROUND_TARGET: Placement[] = [
  'bottom-start',
  'right-start',
  'top-start',
  'left-start',
  'bottom-end',
  'right-end',
  'top-end',
  'left-end',
  'right',
  'left',
  'bottom',
  'top',
];

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function coverOf(box: Box, obstacles: Obstacles): Cover {
  const { width, height } = obstacles.viewport;
  const outside = box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height;
  return {
    hard: obstacles.hard.filter((o) => overlaps(box, o)).length + (outside ? 1 : 0),
    soft: obstacles.soft.filter((o) => overlaps(box, o)).length,
  };
}

const worse = (a: Cover, b: Cover) => a.hard > b.hard || (a.hard === b.hard && a.soft > b.soft);

interface Tried {
  placement: Placement;
  x: number;
  y: number;
  cover: Cover;
}

export interface AvoidData {
  tried: Tried[];
  /** What the chosen position covers: nothing, ideally. */
  cover: Cover;
}

/**
 * Tries `placements` in order (each after the middleware before it, e.g. offset and shift) and keeps the
 * first that covers nothing; if none does, the one that covers least.
 */
export function avoid(obstacles: Obstacles, placements: Placement[]): Middleware {
  return {
    name: 'avoid',
    fn(state) {
      const { x, y, placement, rects } = state;
      const previous = (state.middlewareData.avoid as AvoidData | undefined)?.tried ?? [];
      const cover = coverOf({ x, y, width: rects.floating.width, height: rects.floating.height }, obstacles);
      const tried = [...previous, { placement, x, y, cover }];
      if (cover.hard === 0 && cover.soft === 0) return { data: { tried, cover } };
      const next = placements.find((p) => !tried.some((t) => t.placement === p));
      if (next) return { data: { tried, cover }, reset: { placement: next } };
      const best = tried.reduce((a, b) => (worse(a.cover, b.cover) ? b : a));
      return { x: best.x, y: best.y, data: { tried, cover: best.cover } };
    },
  };
}
