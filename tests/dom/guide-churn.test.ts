// What the guide does while a busy page churns under a highlighted step: it tells from the mutation records
// alone whether a popup or a control came or went (and only then places the tooltip again), and it does not
// search for the highlighted step's target again on every batch of changes, yet finds it afresh at once
// after a route or state change or a control that came, and within a second of any other change.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublicState } from '../../lib/background/public-state';
import { findByRole } from '../../lib/dom/find';
import { startGuide } from '../../lib/guide/engine';
import { obstaclesChanged, PAGE_CHANGES } from '../../lib/guide/obstacles';
import type { Playbook } from '../../lib/playbook/types';

/** The records the guide's MutationObserver hands over for `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, PAGE_CHANGES);
  change();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return records;
}

describe('obstaclesChanged', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<ol class="feed"><li><span>started</span></li></ol><div class="panel"><div role="menu" hidden></div></div><p>x</p>' +
      '<div class="row"><button>Edit</button></div><dialog><p>Pick a date</p></dialog>';
  });

  it('ignores text rewritten, rows of plain text added or removed, and controls restyled on hover', async () => {
    const feed = document.querySelector('.feed')!;
    const records = await recordsOf(() => {
      feed.querySelector('span')!.textContent = 'succeeded';
      feed.insertAdjacentHTML('beforeend', '<li><span>queued</span><time>10:00</time></li>');
      feed.firstElementChild!.remove();
      document.querySelector('p')!.setAttribute('class', 'busy');
      document.querySelector('.row')!.setAttribute('class', 'row hover');
      document.querySelector('.row button')!.setAttribute('style', 'outline: 1px solid');
    });
    expect(records.length).toBeGreaterThan(2);
    expect(obstaclesChanged(records)).toBeUndefined();
  });

  it('sees a control drawn or hidden, and a popup dropped, opened or shown by its container', async () => {
    const drawn = await recordsOf(() =>
      document.querySelector('.feed')!.insertAdjacentHTML('beforeend', '<li><span><button>Retry</button></span></li>'),
    );
    expect(obstaclesChanged(drawn)).toBe('controls');
    const hidden = await recordsOf(() => document.querySelector('.row')!.setAttribute('hidden', ''));
    expect(obstaclesChanged(hidden)).toBe('controls');
    const shown = await recordsOf(() => document.querySelector('.panel')!.setAttribute('class', 'panel open'));
    expect(obstaclesChanged(shown)).toBe('popups');
    const dropped = await recordsOf(() => document.querySelector('[role="menu"]')!.remove());
    expect(obstaclesChanged(dropped)).toBe('popups');
    const opened = await recordsOf(() => document.querySelector('dialog')!.setAttribute('open', ''));
    expect(obstaclesChanged(opened)).toBe('popups');
    const both = await recordsOf(() => {
      document.querySelector('.feed')!.insertAdjacentHTML('beforeend', '<li><a href="#x">x</a></li>');
      document.body.insertAdjacentHTML('beforeend', '<div role="listbox"></div>');
    });
    expect(obstaclesChanged(both)).toBe('popups');
  });
});

describe('guide under churn', () => {
  const state: PublicState = { credentials: {}, check: { running: false }, portal: {} };
  let offered = true;
  const findTarget = vi.fn((d: Document) => (offered ? findByRole(d, 'button', 'Next') : undefined));
  const playbook: Playbook<string> = {
    id: 'churn',
    parseRoute: (raw) => raw,
    steps: [
      { id: 'next', text: 'Press Next.', lookFor: 'Next', where: () => true, target: findTarget },
      {
        id: 'later',
        text: 'Press Later.',
        lookFor: 'Later',
        where: () => true,
        target: (d) => findByRole(d, 'button', 'Later'),
      },
    ],
  };
  let controller: AbortController;
  let churn: ReturnType<typeof setInterval>;
  const marked = () => document.querySelector('[data-assist-step]')?.getAttribute('data-assist-step');
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(() => {
    findTarget.mockClear();
    offered = true;
    document.body.innerHTML = '<button>Next</button><ol class="feed"></ol>';
    controller = new AbortController();
    let n = 0;
    // A feed that changes every 20 ms, as the portal's live tiles do.
    churn = setInterval(() => {
      document.querySelector('.feed')!.insertAdjacentHTML('beforeend', `<li><span>event ${++n}</span></li>`);
    }, 20);
  });
  afterEach(() => {
    clearInterval(churn);
    controller.abort();
    vi.restoreAllMocks();
  });

  const start = () =>
    startGuide({
      doc: document,
      playbook,
      rawRoute: () => '',
      state: () => state,
      signal: controller.signal,
      mayShowFallback: async () => true,
    });

  it('keeps the highlighted target without searching for it on every batch, and still sees a later step', async () => {
    const guide = start();
    const pageChanged = vi.spyOn(guide.overlay, 'pageChanged');
    await wait(100);
    expect(marked()).toBe('next');
    const searchesAtStart = findTarget.mock.calls.length;
    // ~25 batches of changes over half a second, at least three evaluations at the 150 ms steady pace.
    await wait(500);
    expect(findTarget.mock.calls.length - searchesAtStart).toBeLessThanOrEqual(1);
    // Plain rows added: the tooltip was not placed again.
    expect(pageChanged.mock.calls.filter(([change]) => change)).toEqual([]);
    // A later step's target is still searched for on the steady pace.
    document.body.insertAdjacentHTML('afterbegin', '<button>Later</button>');
    await wait(250);
    expect(marked()).toBe('later');
  });

  it('places the tooltip again when a popup opens next to the target', async () => {
    const guide = start();
    const pageChanged = vi.spyOn(guide.overlay, 'pageChanged');
    await wait(100);
    document.body.insertAdjacentHTML('beforeend', '<div role="listbox"><div role="option">One</div></div>');
    await wait(250);
    expect(pageChanged.mock.calls.filter(([change]) => change)).toEqual([['popups']]);
  });

  it('a feed of links on its own places the tooltip and searches every step at most about once a second', async () => {
    const guide = start();
    const place = vi.spyOn(guide.overlay as unknown as { place: () => void }, 'place');
    await wait(100);
    const searchesAtStart = findTarget.mock.calls.length;
    const links = setInterval(() => {
      document.querySelector('.feed')!.insertAdjacentHTML('beforeend', '<li><a href="#item">item</a></li>');
    }, 20);
    await wait(1500);
    clearInterval(links);
    expect(place.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(place.mock.calls.length).toBeLessThanOrEqual(2);
    expect(findTarget.mock.calls.length - searchesAtStart).toBeLessThanOrEqual(2);
  });

  it('searches again at once after a state change, and within a second under churn alone', async () => {
    const guide = start();
    await wait(100);
    const before = findTarget.mock.calls.length;
    guide.refresh();
    await wait(200);
    expect(findTarget.mock.calls.length).toBeGreaterThan(before);
    const afterRefresh = findTarget.mock.calls.length;
    await wait(1300);
    expect(findTarget.mock.calls.length).toBeGreaterThan(afterRefresh);
  });

  it('searches again at once when a control comes soon after the admin pressed: a target may move along', async () => {
    start();
    await wait(100);
    // The admin presses somewhere (a menu entry); the page answers with a control.
    const press = new PointerEvent('pointerdown', { bubbles: true });
    Object.defineProperty(press, 'isTrusted', { value: true });
    document.body.dispatchEvent(press);
    document.body.insertAdjacentHTML('afterbegin', '<button>Next</button>');
    await wait(250);
    expect(document.querySelector('button')!.getAttribute('data-assist-step')).toBe('next');
    expect(document.querySelectorAll('[data-assist-step]')).toHaveLength(1);
  });

  it('a target relabelled is looked for again at once', async () => {
    start();
    await wait(100);
    document.querySelector('button')!.textContent = 'Gone';
    await wait(250);
    expect(marked()).toBeUndefined();
  });

  it('when the page goes quiet, the step is still searched for afresh within a second', async () => {
    start();
    await wait(100);
    clearInterval(churn);
    // The step no longer wants that button, for reasons no mutation shows (e.g. what the page said before).
    offered = false;
    document.querySelector('.feed')!.insertAdjacentHTML('beforeend', '<li><span>last event</span></li>');
    await wait(300);
    expect(marked()).toBe('next');
    await wait(1200);
    expect(marked()).toBeUndefined();
  });

  it('finds the target afresh when the highlighted one leaves the page', async () => {
    start();
    await wait(100);
    const first = document.querySelector('button')!;
    expect(first.getAttribute('data-assist-step')).toBe('next');
    first.replaceWith(Object.assign(document.createElement('button'), { textContent: 'Next' }));
    await wait(100);
    const fresh = document.querySelector('button')!;
    expect(fresh).not.toBe(first);
    expect(fresh.getAttribute('data-assist-step')).toBe('next');
  });
});
