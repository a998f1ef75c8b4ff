// Where the tooltip may go: the placement that covers nothing, else the least; leaving the screen or
// covering a hard obstacle (target, the row below it, an open popup) is worse than any number of controls.
import type { MiddlewareState, Placement } from '@floating-ui/dom';
import { describe, expect, it } from 'vitest';
import { AROUND_TARGET, type AvoidData, avoid, coverOf, type Obstacles } from '../../lib/guide/avoid';

const viewport = { width: 1000, height: 800 };
const tip = { width: 200, height: 100 };

/** Runs the middleware as Floating UI does: each reset tries the next placement, data carried over. */
function place(obstacles: Obstacles, positions: Partial<Record<Placement, { x: number; y: number }>>) {
  const middleware = avoid(obstacles, AROUND_TARGET);
  let placement: Placement = AROUND_TARGET[0]!;
  let data: AvoidData | undefined;
  for (let round = 0; round < 20; round++) {
    const at = positions[placement] ?? { x: -500, y: -500 };
    const state = {
      ...at,
      placement,
      rects: { floating: { ...tip, x: 0, y: 0 }, reference: { x: 0, y: 0, width: 0, height: 0 } },
      middlewareData: { avoid: data },
    } as unknown as MiddlewareState;
    const out = middleware.fn(state) as { x?: number; y?: number; data: AvoidData; reset?: { placement: Placement } };
    data = out.data;
    if (!out.reset) return { x: out.x ?? at.x, y: out.y ?? at.y, cover: out.data.cover, placement };
    placement = out.reset.placement;
  }
  throw new Error('no end');
}

describe('the tooltip’s place', () => {
  it('counts what a box covers, leaving the screen as hard', () => {
    const obstacles: Obstacles = {
      hard: [{ x: 0, y: 0, width: 50, height: 50 }],
      soft: [{ x: 300, y: 0, width: 20, height: 20 }],
      viewport,
    };
    expect(coverOf({ x: 10, y: 10, width: 10, height: 10 }, obstacles)).toEqual({ hard: 1, soft: 0 });
    expect(coverOf({ x: 290, y: 5, width: 50, height: 5 }, obstacles)).toEqual({ hard: 0, soft: 1 });
    expect(coverOf({ x: 950, y: 500, width: 100, height: 10 }, obstacles)).toEqual({ hard: 1, soft: 0 });
    expect(coverOf({ x: 100, y: 100, width: 100, height: 100 }, obstacles)).toEqual({ hard: 0, soft: 0 });
  });

  it('moves off an open list under the target to the first placement that covers nothing', () => {
    const list = { x: 100, y: 140, width: 200, height: 200 };
    const result = place(
      { hard: [list], soft: [], viewport },
      { 'bottom-start': { x: 100, y: 150 }, 'right-start': { x: 320, y: 100 } },
    );
    expect(result).toMatchObject({ placement: 'right-start', x: 320, y: 100, cover: { hard: 0, soft: 0 } });
  });

  it('when every placement covers something, keeps the one that covers least, a control before a popup', () => {
    const popup = { x: 0, y: 0, width: 1000, height: 300 };
    const control = { x: 0, y: 500, width: 1000, height: 20 };
    const result = place(
      { hard: [popup], soft: [control], viewport },
      { 'bottom-start': { x: 10, y: 100 }, 'top-start': { x: 10, y: 450 } },
    );
    expect(result).toMatchObject({ x: 10, y: 450, cover: { hard: 0, soft: 1 } });
  });
});
