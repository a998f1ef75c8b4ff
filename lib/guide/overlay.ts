// The in-page overlay: one fixed SVG with an even-odd cutout around the target, a tooltip placed with
// Floating UI (it follows scrolling in blade containers, resizing and layout shifts), and toasts. It lives
// in a shadow root and takes pointer events only on its own buttons. The tooltip never covers the target,
// the row below it, an open popup or, where it can help it, any other control: it moves, shrinks to a
// one-line chip, or steps aside while a popup leaves it no room.
import { autoUpdate, computePosition, offset, type Placement, shift } from '@floating-ui/dom';
import { t } from '../i18n/t';
import { AROUND_TARGET, type AvoidData, avoid, type Box, type Obstacles, overlaps } from './avoid';
import { type ObstacleChange, openPopups, readObstacles } from './obstacles';
import { overlayCss } from './overlay-styles';

export interface TooltipView {
  stepId: string;
  index: number;
  total: number;
  text: string;
  /** Shown when the target could not be found. */
  lookFor?: string;
  deepLink?: string;
  actionLabel?: string;
  canGoBack: boolean;
}

export interface TooltipHandlers {
  onBack: () => void;
  onSkip: () => void;
  onHide: () => void;
  onAction?: () => void;
}

const PAD = 4;
const TOAST_MS = 6000;
/** Controls drawn or dropped place the tooltip again at most this often. */
const CONTROLS_PLACE_MS = 1000;
const MAX_TOASTS = 3;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Without a target, the tooltip sits in a corner of the viewport: these, on the viewport, put it there. */
const CORNERS: Placement[] = ['bottom-end', 'bottom-start', 'top-end', 'top-start'];
const viewportReference = (doc: Document) => ({
  getBoundingClientRect: () => {
    const { clientWidth: width, clientHeight: height } = doc.documentElement;
    return { x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height };
  },
});
type Mode = 'full' | 'chip' | 'aside';
export class Overlay {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly dim: SVGPathElement;
  private readonly ring: SVGRectElement;
  private tip?: HTMLElement;
  private target?: HTMLElement;
  private stopFollowing?: () => void;
  private stopWatchingPage?: () => void;
  private toasts?: HTMLElement;
  /** Told of the admin's own (trusted) clicks on the highlighted target, e.g. to notice consent pressed. */
  onTargetClick?: (stepId: string) => void;
  /** The latest placement asked for: an earlier one that resolves later is dropped. */
  private placing = 0;
  private placedAt = Number.NEGATIVE_INFINITY;
  private controlsTimer?: ReturnType<typeof setTimeout>;
  private readonly toastTimers = new Set<ReturnType<typeof setTimeout>>();

  constructor(private readonly doc: Document) {
    this.host = doc.createElement('idemeum-entra-assist');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = overlayCss;
    this.layer = doc.createElement('div');
    this.layer.className = 'layer';
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    this.dim = doc.createElementNS(SVG_NS, 'path');
    this.dim.setAttribute('class', 'dim');
    this.ring = doc.createElementNS(SVG_NS, 'rect');
    this.ring.setAttribute('class', 'ring');
    this.ring.setAttribute('rx', '6');
    svg.append(this.dim, this.ring);
    svg.style.display = 'none';
    this.layer.append(svg);
    this.root.append(style, this.layer);
    doc.documentElement.append(this.host);
  }

  get element(): HTMLElement {
    return this.host;
  }

  /** Highlights `target` (or, without one, shows the words and the deep link) with the step's tooltip. */
  show(view: TooltipView, target: HTMLElement | undefined, handlers: TooltipHandlers): void {
    this.clearStep();
    const tip = this.buildTooltip(view, handlers);
    this.tip = tip;
    this.layer.append(tip);
    const svg = this.dim.ownerSVGElement!;
    if (target) {
      this.target = target;
      target.setAttribute('data-assist-step', view.stepId);
      // Capture phase: the page may remove the target (a dialog closing) in its own handler.
      const onClick = (event: MouseEvent) => {
        if (event.isTrusted && event.target instanceof Node && target.contains(event.target)) {
          this.onTargetClick?.(view.stepId);
        }
      };
      // Controls that slid or faded in moved no DOM node: place again when the page's animation ends, at
      // most once a frame however many of the page's animations end in it.
      const win = this.doc.defaultView;
      let frame: number | undefined;
      const settled = () => {
        if (frame !== undefined || !win) return;
        frame = win.requestAnimationFrame(() => {
          frame = undefined;
          this.place();
        });
      };
      this.doc.addEventListener('click', onClick, true);
      this.doc.addEventListener('animationend', settled, true);
      this.doc.addEventListener('transitionend', settled, true);
      this.stopWatchingPage = () => {
        this.doc.removeEventListener('click', onClick, true);
        this.doc.removeEventListener('animationend', settled, true);
        this.doc.removeEventListener('transitionend', settled, true);
        if (frame !== undefined) win?.cancelAnimationFrame(frame);
      };
      svg.style.display = '';
      this.stopFollowing = autoUpdate(target, tip, () => this.place(), { animationFrame: false });
    } else {
      svg.style.display = 'none';
      const follow = () => this.place();
      const view = this.doc.defaultView;
      view?.addEventListener('resize', follow);
      this.stopFollowing = () => view?.removeEventListener('resize', follow);
      this.place();
    }
  }

  /**
   * The page opened or closed a popup, or drew or dropped controls (the caller tells from its mutation
   * records, see obstaclesChanged), without moving the target: place the tooltip again around them. A popup
   * at once; controls at most once a second, the last change included, since placing reads every control's
   * box (a layout) and a feed of links may change many times a second.
   */
  pageChanged(change: ObstacleChange): void {
    if (!this.tip || !change) return;
    if (change === 'popups') {
      this.place();
      return;
    }
    if (this.controlsTimer !== undefined) return;
    const wait = Math.max(0, this.placedAt + CONTROLS_PLACE_MS - performance.now());
    this.controlsTimer = setTimeout(() => {
      this.controlsTimer = undefined;
      this.place();
    }, wait);
  }

  /** The tooltip stepped aside (hidden) because open popups left it no room. */
  get stepsAside(): boolean {
    return this.tip?.dataset.mode === 'aside';
  }

  /** Ends the current step: the tooltip, the cutout and the data-assist-step attribute go. */
  clearStep(): void {
    clearTimeout(this.controlsTimer);
    this.controlsTimer = undefined;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.stopWatchingPage?.();
    this.stopWatchingPage = undefined;
    this.target?.removeAttribute('data-assist-step');
    this.target = undefined;
    this.tip?.remove();
    this.tip = undefined;
    const svg = this.dim.ownerSVGElement;
    if (svg) svg.style.display = 'none';
  }

  get showing(): boolean {
    return this.tip !== undefined;
  }

  /**
   * A short message for 6 s. Messages stack (newest last, at most three): a warning is not wiped out by
   * a capture's confirmation arriving a moment later. One with an action stays until the admin acts on it,
   * closes it, or the caller withdraws it (the returned function): a button must not run away (WCAG 2.2.1).
   */
  toast(text: string, kind: 'info' | 'error' = 'info', action?: { label: string; run: () => void }): () => void {
    if (!this.toasts) {
      this.toasts = this.doc.createElement('div');
      this.toasts.className = 'toasts';
      this.layer.append(this.toasts);
    }
    for (const same of Array.from(this.toasts.children)) if (same.firstChild?.textContent === text) same.remove();
    const toast = this.doc.createElement('div');
    toast.className = `toast ${kind === 'error' ? 'error' : ''}`;
    toast.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const words = this.doc.createElement('span');
    words.textContent = text;
    toast.append(words);
    const remove = () => toast.remove();
    if (action) {
      toast.setAttribute('data-action', '');
      const close = this.button('×', remove, 'dismiss');
      close.setAttribute('aria-label', t('toast_dismiss'));
      toast.append(
        ' ',
        this.button(
          action.label,
          () => {
            remove();
            action.run();
          },
          'primary',
        ),
        close,
      );
    } else {
      const timer = setTimeout(() => {
        remove();
        this.toastTimers.delete(timer);
      }, TOAST_MS);
      this.toastTimers.add(timer);
    }
    this.toasts.append(toast);
    // Too many: the oldest goes, one that waits for the admin's answer last.
    while (this.toasts.children.length > MAX_TOASTS) {
      const all = Array.from(this.toasts.children);
      (all.find((el) => !el.hasAttribute('data-action')) ?? all[0])?.remove();
    }
    return remove;
  }

  destroy(): void {
    this.clearStep();
    for (const timer of this.toastTimers) clearTimeout(timer);
    this.host.remove();
  }

  private place(): void {
    const { tip, target } = this;
    if (!tip || (target && !target.isConnected)) return;
    const ticket = ++this.placing;
    this.placedAt = performance.now();
    const popups = openPopups(this.doc, target, this.host);
    if (target) this.drawCutout(target, popups);
    const obstacles = readObstacles(this.doc, target, this.host, PAD);
    void this.choosePosition(tip, target, obstacles).then((chosen) => {
      if (ticket !== this.placing || tip !== this.tip) return;
      tip.dataset.mode = chosen.mode;
      // No room that covers nothing: the tooltip's body lets clicks through to the controls under it; only
      // its own buttons take them.
      tip.toggleAttribute('data-covers', chosen.covers);
      tip.style.transform = `translate(${Math.round(chosen.x)}px, ${Math.round(chosen.y)}px)`;
    });
  }

  /** The full tooltip where it covers nothing; else a chip where that covers nothing; else aside. */
  private async choosePosition(
    tip: HTMLElement,
    target: HTMLElement | undefined,
    obstacles: Obstacles,
  ): Promise<{ mode: Mode; x: number; y: number; covers: boolean }> {
    const at = async (mode: Mode) => {
      tip.dataset.mode = mode;
      const placements = target ? AROUND_TARGET : CORNERS;
      const reference = target ?? viewportReference(this.doc);
      const gap = target ? 10 : ({ rects }: { rects: { floating: { height: number } } }) => -rects.floating.height - 16;
      const { x, y, middlewareData } = await computePosition(reference, tip, {
        strategy: 'fixed',
        placement: placements[0],
        middleware: [offset(gap), shift({ padding: 8 }), avoid(obstacles, placements)],
      });
      const { cover } = middlewareData.avoid as AvoidData;
      return { mode, x, y, cover, covers: cover.soft > 0 };
    };
    const full = await at('full');
    if (full.cover.hard === 0 && full.cover.soft === 0) return full;
    const chip = await at('chip');
    if (chip.cover.hard === 0 && chip.cover.soft === 0) return chip;
    if (full.cover.hard === 0) return full;
    if (chip.cover.hard === 0) return chip;
    return { ...chip, mode: 'aside', covers: false };
  }

  /** Dims the page around the target, and leaves an open list, menu or dialog next to it undimmed too. */
  private drawCutout(target: HTMLElement, popups: Box[]): void {
    const r = target.getBoundingClientRect();
    const w = this.doc.documentElement.clientWidth;
    const h = this.doc.documentElement.clientHeight;
    const ring = { x: r.left - PAD, y: r.top - PAD, width: r.width + PAD * 2, height: r.height + PAD * 2 };
    // Even-odd: overlapping holes would dim again, so a hole that overlaps one kept before is left out
    // (a target in its own open list is lit by the list's hole and marked by the ring).
    const holes: Box[] = [];
    for (const hole of [...popups, ring]) if (!holes.some((kept) => overlaps(kept, hole))) holes.push(hole);
    const cut = holes.map((b) => `M${b.x} ${b.y}h${b.width}v${b.height}h${-b.width}Z`).join(' ');
    this.dim.setAttribute('d', `M0 0H${w}V${h}H0Z ${cut}`);
    this.ring.setAttribute('x', String(ring.x));
    this.ring.setAttribute('y', String(ring.y));
    this.ring.setAttribute('width', String(ring.width));
    this.ring.setAttribute('height', String(ring.height));
  }

  private buildTooltip(view: TooltipView, handlers: TooltipHandlers): HTMLElement {
    const d = this.doc;
    const tip = d.createElement('section');
    tip.className = 'tip';
    tip.setAttribute('role', 'region');
    tip.setAttribute('aria-label', t('guide_region'));
    const live = d.createElement('div');
    live.className = 'live';
    live.setAttribute('aria-live', 'polite');
    const count = d.createElement('p');
    count.className = 'count';
    count.textContent = t('guide_step_count', { step: view.index + 1, total: view.total });
    const text = d.createElement('p');
    text.className = 'text';
    text.textContent = view.text;
    text.title = view.text;
    live.append(count, text);
    if (view.lookFor) {
      const look = d.createElement('p');
      look.className = 'look';
      look.textContent = t('guide_look_for', { what: view.lookFor });
      live.append(look);
    }
    const row = d.createElement('div');
    row.className = 'row';
    if (view.actionLabel && handlers.onAction) row.append(this.button(view.actionLabel, handlers.onAction, 'primary'));
    if (view.deepLink) {
      const link = d.createElement('a');
      link.classList.add('button', 'primary');
      link.href = view.deepLink;
      link.target = '_top';
      link.textContent = t('guide_take_me_there');
      row.append(link);
    }
    const back = this.button(t('guide_back'), handlers.onBack);
    back.disabled = !view.canGoBack;
    row.append(back, this.button(t('guide_skip'), handlers.onSkip));
    const close = this.button('×', handlers.onHide, 'close');
    close.setAttribute('aria-label', t('guide_hide'));
    tip.append(live, row, close);
    return tip;
  }

  /** Buttons act on trusted clicks only: a page script cannot drive the guide. */
  private button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    if (className) button.className = className;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      if (event.isTrusted) onClick();
    });
    return button;
  }
}
