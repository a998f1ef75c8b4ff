export const overlayCss = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
svg { position: fixed; inset: 0; width: 100vw; height: 100vh; pointer-events: none; }
.dim { fill: rgba(0, 0, 0, 0.28); fill-rule: evenodd; }
.ring { fill: none; stroke: #0f6cbd; stroke-width: 3; }
.tip, .toast {
  position: fixed; pointer-events: auto; box-sizing: border-box; max-width: min(340px, calc(100vw - 16px));
  font: 14px/1.45 'Segoe UI', system-ui, -apple-system, sans-serif; color: #1b1a19; background: #ffffff;
  border: 1px solid #c8c6c4; border-radius: 8px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.22); z-index: 2147483647;
}
.tip { top: 0; left: 0; padding: 12px 14px; }
.tip[data-mode='chip'] { display: flex; align-items: center; gap: 8px; padding: 4px 30px 4px 10px; max-width: min(360px, calc(100vw - 16px)); }
.tip[data-mode='chip'] .live { display: flex; gap: 6px; min-width: 0; }
.tip[data-mode='chip'] .count, .tip[data-mode='chip'] .text { margin: 0; white-space: nowrap; }
.tip[data-mode='chip'] .text { overflow: hidden; text-overflow: ellipsis; }
.tip[data-mode='chip'] .look, .tip[data-mode='chip'] .row > :not(.primary) { display: none; }
.tip[data-mode='chip'] .row { flex-wrap: nowrap; }
.tip[data-mode='chip'] .close { top: 50%; transform: translateY(-50%); }
.tip[data-mode='aside'] { visibility: hidden; pointer-events: none; }
.tip[data-covers] { pointer-events: none; }
.tip[data-covers] button, .tip[data-covers] a.button { pointer-events: auto; }
.count { font-size: 12px; color: #605e5c; margin: 0 0 4px; }
.text { margin: 0 0 10px; }
.look { margin: 0 0 10px; font-size: 13px; color: #323130; }
.row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
button, a.button {
  font: inherit; font-size: 13px; border-radius: 4px; padding: 4px 10px; cursor: pointer; border: 1px solid #8a8886;
  background: #ffffff; color: #1b1a19; text-decoration: none; min-height: 28px; box-sizing: border-box;
}
button.primary, a.button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #ffffff; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
button:focus-visible, a:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.close { position: absolute; top: 6px; right: 6px; border: none; background: none; font-size: 16px; padding: 2px 6px; min-height: 0; }
.toasts {
  position: fixed; right: 16px; bottom: 16px; display: flex; flex-direction: column; align-items: flex-end; gap: 8px;
  pointer-events: none;
}
.toast { position: static; pointer-events: none; padding: 10px 14px; background: #1b1a19; color: #ffffff; border-color: #1b1a19; }
.toast.error { background: #a4262c; border-color: #a4262c; }
.toast button { pointer-events: auto; margin-left: 8px; }
.toast button.dismiss { border: none; background: none; color: inherit; font-size: 16px; padding: 2px 6px; margin-left: 4px; min-width: 28px; }
.toast button:focus-visible { outline-color: #ffffff; }
@media (prefers-color-scheme: dark) {
  .tip { background: #292827; color: #f3f2f1; border-color: #484644; }
  .count, .look { color: #c8c6c4; }
  button, a.button { background: #292827; color: #f3f2f1; border-color: #8a8886; }
  button.primary, a.button.primary { background: #4aa0e6; border-color: #4aa0e6; color: #0b0b0b; }
}
@media (prefers-reduced-motion: no-preference) { .tip { transition: opacity 120ms ease-out; } }
`;
