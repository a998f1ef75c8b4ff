// The overlay's work per page change: however many of the page's animations and transitions end at once,
// the tooltip is placed again at most once per animation frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../lib/guide/overlay';

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
const settle = async () => {
  for (let i = 0; i < 3; i++) await nextFrame();
};

describe('overlay placement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a burst of transitionend and animationend events places the tooltip once', async () => {
    document.body.innerHTML = '<button>Target</button><div class="menu"></div>';
    const place = vi.spyOn(Overlay.prototype as unknown as { place: () => void }, 'place');
    const overlay = new Overlay(document);
    const handlers = { onBack: () => {}, onSkip: () => {}, onHide: () => {} };
    const view = { stepId: 's', index: 0, total: 1, text: 'Press Target.', canGoBack: false };
    overlay.show(view, document.querySelector('button')!, handlers);
    await settle();
    const before = place.mock.calls.length;
    const menu = document.querySelector('.menu')!;
    for (let i = 0; i < 20; i++) {
      menu.dispatchEvent(new Event('transitionend', { bubbles: true }));
      menu.dispatchEvent(new Event('animationend', { bubbles: true }));
    }
    await settle();
    expect(place.mock.calls.length - before).toBe(1);
    // After the step ends, the page's animations cost nothing.
    overlay.clearStep();
    menu.dispatchEvent(new Event('transitionend', { bubbles: true }));
    await settle();
    expect(place.mock.calls.length - before).toBe(1);
    overlay.destroy();
  });
});
