// Whether every visible control of a page still gets the admin's clicks while the guide shows a step:
// at each control's centre the page's own element is on top (not the guide's overlay), and a real mouse
// click there reaches a listener the test attached. The listener stops the click, so the page stays put.
import type { Frame, Page } from 'playwright-core';

export interface Blocked {
  control: string;
  /** What was on top at the control's centre, or what the real click reached. */
  got: string;
}

const CONTROLS = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  ...['button', 'link', 'tab', 'menuitem', 'option', 'treeitem', 'checkbox', 'radio', 'combobox'].map(
    (r) => `[role="${r}"]`,
  ),
].join(', ');

const EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

interface Probing {
  __controls: Element[];
  __expected: number;
  __clicks: { inside: boolean; target: string }[];
  __stop: () => void;
}

/** Marks the controls whose centre is on screen and not under the page's own layers; starts listening. */
function startProbing(frame: Frame): Promise<{ points: { x: number; y: number; name: string }[]; covered: Blocked[] }> {
  return frame.evaluate(
    ({ selector, events }) => {
      const w = window as unknown as Probing;
      const describe = (el: Element) =>
        `${el.localName}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} “${(
          el.getAttribute('aria-label') ??
          el.textContent ??
          ''
        )
          .trim()
          .slice(0, 40)}”`;
      const points: { x: number; y: number; name: string }[] = [];
      const covered: { control: string; got: string }[] = [];
      const hosts = Array.from(document.querySelectorAll<HTMLElement>('idemeum-entra-assist'));
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, r };
      };
      // First the page alone (the guide hidden): the controls the page itself lets the admin click, not
      // those under its own layers (a pane's backdrop). Then with the guide: each must still be on top.
      for (const host of hosts) host.style.visibility = 'hidden';
      const clickable = Array.from(document.querySelectorAll(selector)).filter((el) => {
        // Disabled controls take no clicks at all, guide or not.
        if (el.closest('idemeum-entra-assist, [hidden], [aria-hidden="true"], :disabled, [aria-disabled="true"]')) {
          return false;
        }
        const { x, y, r } = centre(el);
        if (r.width <= 2 || r.height <= 2 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const hit = document.elementFromPoint(x, y);
        return !!hit && (el.contains(hit) || hit.contains(el));
      });
      for (const host of hosts) host.style.visibility = '';
      w.__controls = [];
      for (const el of clickable) {
        const { x, y } = centre(el);
        if (document.elementFromPoint(x, y)?.closest('idemeum-entra-assist')) {
          covered.push({ control: describe(el), got: 'the guide’s overlay' });
        } else {
          w.__controls.push(el);
          points.push({ x, y, name: describe(el) });
        }
      }
      w.__clicks = [];
      const record = (event: Event) => {
        if (!event.isTrusted) return;
        if (event.type === 'click') {
          const target = event.target as Element;
          w.__clicks.push({
            inside: !!w.__controls[w.__expected]?.contains(target),
            target: target.closest('idemeum-entra-assist') ? 'the guide’s overlay' : describe(target),
          });
        }
        // The page must not act on the test's clicks: no navigation, no focus, no popup.
        if (event.type === 'mousedown' || event.type === 'click') event.preventDefault();
        event.stopImmediatePropagation();
      };
      for (const type of events) window.addEventListener(type, record, { capture: true });
      w.__stop = () => {
        for (const type of events) window.removeEventListener(type, record, { capture: true });
      };
      return { points, covered };
    },
    { selector: CONTROLS, events: EVENTS },
  );
}

/** Clicks every visible control of `frame` (a frame of `page`) and returns those the page did not get. */
export async function controlsNotReached(
  page: Page,
  frame: Frame = page.mainFrame(),
): Promise<{ clicked: number; blocked: Blocked[] }> {
  const offset = frame === page.mainFrame() ? { x: 0, y: 0 } : await frameOffset(frame);
  // A pane still sliding in would move its controls between the look and the click.
  await frame.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
  );
  const { points, covered } = await startProbing(frame);
  const blocked = [...covered];
  for (const [index, point] of points.entries()) {
    await frame.evaluate((i) => {
      const w = window as unknown as Probing;
      w.__expected = i;
      w.__clicks = [];
    }, index);
    await page.mouse.click(point.x + offset.x, point.y + offset.y);
    const clicks = await frame.evaluate(() => (window as unknown as Probing).__clicks);
    if (clicks.length !== 1 || !clicks[0]?.inside) {
      blocked.push({ control: point.name, got: clicks.map((c) => c.target).join(', ') || 'nothing' });
    }
  }
  await frame.evaluate(() => (window as unknown as Probing).__stop());
  return { clicked: points.length, blocked };
}

async function frameOffset(frame: Frame): Promise<{ x: number; y: number }> {
  const box = await (await frame.frameElement()).boundingBox();
  return { x: box?.x ?? 0, y: box?.y ?? 0 };
}
