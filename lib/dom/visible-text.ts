// Text as the accessibility tree reads it (FACTS.md §3a): no aria-hidden or hidden subtrees, no icon
// glyphs (Fluent UI draws icons as Private Use Area characters inside aria-hidden <i> elements), an
// image's alt text, spacing collapsed. Every reader of the portal goes through this, never textContent.

const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export const squash = (s: string | null | undefined) => (s ?? '').replace(PRIVATE_USE, '').replace(/\s+/g, ' ').trim();

function isHiddenElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true')
    return true;
  const check = (el as HTMLElement).checkVisibility;
  // display:none and visibility:hidden, where the browser can tell (happy-dom cannot).
  return typeof check === 'function' && !check.call(el, { visibilityProperty: true } as CheckVisibilityOptions);
}

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (!(node instanceof Element) || isHiddenElement(node)) return;
  if (node instanceof HTMLImageElement) {
    out.push(` ${node.alt} `);
    return;
  }
  out.push(' ');
  for (const child of Array.from(node.childNodes)) collect(child, out);
  out.push(' ');
}

/** The element's visible text: what a screen reader would read out of it. */
export function visibleText(el: Element): string {
  return isHiddenElement(el) ? '' : textInside(el);
}

/** The visible text of the element's content, even when the element itself is hidden (aria-labelledby). */
export function textInside(el: Element): string {
  const out: string[] = [];
  for (const child of Array.from(el.childNodes)) collect(child, out);
  return squash(out.join(''));
}

/** A form control's shown value: the chosen option's text for a select, the value for an input. */
export function shownValue(el: Element): string {
  if (el instanceof HTMLSelectElement) {
    const option = el.selectedOptions[0];
    return option ? squash(option.label || visibleText(option)) : '';
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return squash(el.value);
  return visibleText(el);
}
