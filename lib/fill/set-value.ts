// Setting a value so that framework-controlled inputs (React and the like) take it: the prototype's native
// setter bypasses the framework's value tracker, then input and change events tell it about the change.
// The value is read back to confirm it stuck.
import { findAllByRole, findByRole } from '../dom/find';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function nativeSetter(el: Control): ((value: string) => void) | undefined {
  const view = el.ownerDocument.defaultView;
  const proto =
    el instanceof (view?.HTMLSelectElement ?? HTMLSelectElement)
      ? (view?.HTMLSelectElement ?? HTMLSelectElement).prototype
      : el instanceof (view?.HTMLTextAreaElement ?? HTMLTextAreaElement)
        ? (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
        : (view?.HTMLInputElement ?? HTMLInputElement).prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function isControl(el: Element | undefined): el is Control {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** True when the control shows `value` afterwards. */
export function setControlledValue(el: Control, value: string): boolean {
  if (el.disabled || (el instanceof HTMLInputElement && el.readOnly)) return false;
  const setter = nativeSetter(el);
  if (!setter) return false;
  el.focus();
  setter.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === value;
}

/** Chooses the first option whose text matches; true when it is selected afterwards. */
export function chooseOption(select: HTMLSelectElement, text: RegExp): boolean {
  const option = Array.from(select.options).find((o) => text.test((o.textContent ?? '').trim()));
  if (!option) return false;
  if (select.value === option.value) return true;
  return setControlledValue(select, option.value);
}

/** In a list that is open on the page (a dropdown's options), the option whose name matches. */
export function openListOption(doc: Document, text: RegExp): HTMLElement | undefined {
  return findAllByRole(doc, 'listbox')
    .map((list) => findByRole(list, 'option', text))
    .find((option) => option !== undefined);
}
