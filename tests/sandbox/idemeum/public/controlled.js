// Controlled inputs as React implements them. React keeps a "tracked value" per input by defining an own
// `value` property whose setter records what scripts assign; on input/change it compares the element's real
// value with the tracked one and only calls onChange when they differ. So a script that does
// `el.value = 'x'` and dispatches an input event changes nothing: the state stays as it was, and the next
// render writes the state back into the DOM. Only the prototype's native setter (what typing does) counts.
const trackers = new WeakMap();

function nativeDescriptor(el) {
  const proto =
    el instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : el instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value');
}

function track(el) {
  const native = nativeDescriptor(el);
  const tracker = { native, tracked: String(native.get.call(el)) };
  Object.defineProperty(el, 'value', {
    configurable: true,
    enumerable: native.enumerable,
    get() {
      return native.get.call(this);
    },
    set(value) {
      tracker.tracked = String(value);
      native.set.call(this, value);
    },
  });
  trackers.set(el, tracker);
  return tracker;
}

function nativeValue(el) {
  return trackers.get(el).native.get.call(el);
}

/** True when the real value moved away from the tracked one (and then tracks the new value). */
function updateValueIfChanged(el) {
  const tracker = trackers.get(el);
  const actual = nativeValue(el);
  if (actual === tracker.tracked) return false;
  tracker.tracked = actual;
  return true;
}

/** Calls onChange(newValue) for real edits of el (input or select) only. */
export function controlled(el, onChange) {
  track(el);
  const listener = () => {
    if (updateValueIfChanged(el)) onChange(nativeValue(el));
  };
  el.addEventListener('input', listener);
  el.addEventListener('change', listener);
  return el;
}

/** What a render does: write the state's value into the DOM when it differs (through the tracking setter). */
export function writeValue(el, value) {
  const text = value === undefined || value === null ? '' : String(value);
  if (nativeValue(el) !== text) el.value = text;
}
