// The overlay's short messages: a warning stays while a confirmation arrives after it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../lib/guide/overlay';

const shown = (overlay: Overlay) =>
  Array.from(overlay.element.shadowRoot?.querySelectorAll('.toast') ?? []).map((t) => [
    t.getAttribute('role'),
    t.textContent,
  ]);

describe('overlay toasts', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.documentElement.querySelector('idemeum-entra-assist')?.remove();
  });

  it('a warning is not wiped out by a confirmation a moment later; each goes after 6 s', () => {
    vi.useFakeTimers();
    const overlay = new Overlay(document);
    overlay.toast('That copies the Secret ID.', 'error');
    vi.advanceTimersByTime(1_000);
    overlay.toast('Client secret Value captured.');
    expect(shown(overlay)).toEqual([
      ['alert', 'That copies the Secret ID.'],
      ['status', 'Client secret Value captured.'],
    ]);
    vi.advanceTimersByTime(5_000);
    expect(shown(overlay)).toEqual([['status', 'Client secret Value captured.']]);
    vi.advanceTimersByTime(1_000);
    expect(shown(overlay)).toEqual([]);
  });

  it('the same message again is shown once, and at most three stack', () => {
    const overlay = new Overlay(document);
    for (const text of ['one', 'two', 'two', 'three', 'four']) overlay.toast(text);
    expect(shown(overlay).map(([, text]) => text)).toEqual(['two', 'three', 'four']);
    overlay.destroy();
  });

  it('an action is a button of the guide’s own that a page script cannot press', () => {
    const overlay = new Overlay(document);
    const run = vi.fn();
    overlay.toast('This is another app than the one stored for idemeum.', 'info', { label: 'Use this app', run });
    const button = overlay.element.shadowRoot?.querySelector<HTMLButtonElement>('.toast button');
    expect(button?.textContent).toBe('Use this app');
    button?.click();
    expect(run).not.toHaveBeenCalled();
    overlay.destroy();
  });
});
