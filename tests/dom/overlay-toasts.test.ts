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

  it('a message with an action stays until pressed, closed or withdrawn, never timing out under the admin', () => {
    vi.useFakeTimers();
    const overlay = new Overlay(document);
    const run = vi.fn();
    const trusted = (el: Element | null | undefined) => {
      const event = new MouseEvent('click', { bubbles: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      el?.dispatchEvent(event);
    };
    const buttons = () => Array.from(overlay.element.shadowRoot?.querySelectorAll('.toast button') ?? []);
    overlay.toast('Another app.', 'info', { label: 'Use this app', run });
    vi.advanceTimersByTime(60_000);
    expect(shown(overlay).map(([, text]) => text)).toEqual(['Another app. Use this app×']);
    expect(buttons().map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Use this app', 'Dismiss']);
    trusted(buttons()[0]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(shown(overlay)).toEqual([]);

    overlay.toast('Another app.', 'info', { label: 'Use this app', run });
    trusted(buttons()[1]);
    expect(shown(overlay)).toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);

    const withdraw = overlay.toast('Another app.', 'info', { label: 'Use this app', run });
    withdraw();
    expect(shown(overlay)).toEqual([]);
    overlay.destroy();
  });

  it('when messages pile up, one waiting for the admin’s answer goes last', () => {
    const overlay = new Overlay(document);
    overlay.toast('Another app.', 'info', { label: 'Use this app', run: vi.fn() });
    for (const text of ['one', 'two', 'three']) overlay.toast(text);
    expect(shown(overlay).map(([, text]) => text)).toEqual(['Another app. Use this app×', 'two', 'three']);
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
