// The guide engine on a small playbook in happy-dom: the furthest visible step, the data-assist-step
// contract, Back and Skip on trusted clicks, and the fallback in words.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicState } from '../../lib/background/public-state';
import { findByRole } from '../../lib/dom/find';
import { FALLBACK_AFTER_MS, startGuide } from '../../lib/guide/engine';
import type { Playbook } from '../../lib/playbook/types';

const state: PublicState = { credentials: {}, check: { running: false }, portal: {} };
const playbook: Playbook<string> = {
  id: 'test',
  parseRoute: (raw) => raw,
  steps: [
    {
      id: 'one',
      text: 'Press One.',
      lookFor: 'the One button',
      where: () => true,
      target: (d) => findByRole(d, 'button', 'One'),
    },
    {
      id: 'two',
      text: 'Press Two.',
      lookFor: 'the Two button',
      where: () => true,
      target: (d) => findByRole(d, 'button', 'Two'),
    },
    {
      id: 'three',
      text: 'Press Three.',
      lookFor: 'the Three button',
      where: () => true,
      target: (d) => findByRole(d, 'button', 'Three'),
    },
  ],
};

let controller: AbortController;
let guide: ReturnType<typeof startGuide>;
let mayShow = true;
const frame = () => new Promise((r) => setTimeout(r, 40));
const marked = () => document.querySelector('[data-assist-step]')?.getAttribute('data-assist-step');
const tipText = () =>
  document.querySelector('idemeum-entra-assist')?.shadowRoot?.querySelector('section')?.textContent ?? '';
const tipButton = (name: string) =>
  [...(document.querySelector('idemeum-entra-assist')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === name,
  )!;
/** happy-dom's dispatched events are untrusted; a person's click is simulated by marking it trusted. */
const trustedClick = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
};

beforeEach(() => {
  document.body.innerHTML = '<button>One</button><button>Two</button>';
  controller = new AbortController();
  mayShow = true;
  guide = startGuide({
    doc: document,
    playbook,
    rawRoute: () => '',
    state: () => state,
    signal: controller.signal,
    mayShowFallback: async () => mayShow,
  });
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('guide engine', () => {
  it('shows the furthest step on screen and marks only its target', async () => {
    await frame();
    expect(marked()).toBe('two');
    expect(document.querySelectorAll('[data-assist-step]')).toHaveLength(1);
    expect(tipText()).toContain('Step 2 of 3');
  });

  it('Back shows the previous step until the page moves on; an untrusted click does nothing', async () => {
    await frame();
    tipButton('Back').click();
    await frame();
    expect(marked()).toBe('two');
    trustedClick(tipButton('Back'));
    await frame();
    expect(marked()).toBe('one');
    // The page moves on (a later step's target appears): Back's hold ends.
    document.body.insertAdjacentHTML('beforeend', '<button>Three</button>');
    // While a highlighted target stays, page changes are looked at every 150 ms.
    await new Promise((r) => setTimeout(r, 250));
    expect(marked()).toBe('three');
  });

  it('Skip moves on; the attribute goes with the step', async () => {
    await frame();
    trustedClick(tipButton('Skip'));
    await frame();
    expect(marked()).toBe('one');
    expect(document.querySelectorAll('button')[1]!.hasAttribute('data-assist-step')).toBe(false);
  });

  it('says in words what to look for when no target is on screen', async () => {
    await frame();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    document.body.innerHTML = '<p>changed page</p>';
    await vi.advanceTimersByTimeAsync(100);
    expect(marked()).toBeUndefined();
    await vi.advanceTimersByTimeAsync(FALLBACK_AFTER_MS + 100);
    expect(tipText()).toContain('Not found on this page yet. Look for the One button');
  });

  it('withdraws its words when another frame highlights the step, and says nothing while it does', async () => {
    await frame();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    document.body.innerHTML = '<p>changed page</p>';
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(FALLBACK_AFTER_MS + 100);
    expect(tipText()).toContain('Look for the One button');
    // A blade frame now highlights the target: the background tells this frame.
    mayShow = false;
    guide.withdrawWords();
    expect(tipText()).not.toContain('Look for the One button');
    document.body.insertAdjacentHTML('beforeend', '<p>more churn</p>');
    await vi.advanceTimersByTimeAsync(100);
    await vi.advanceTimersByTimeAsync(FALLBACK_AFTER_MS + 100);
    expect(tipText()).not.toContain('Look for the One button');
  });

  it('keeps a highlighted step when asked to withdraw words', async () => {
    await frame();
    guide.withdrawWords();
    expect(marked()).toBe('two');
  });
});
