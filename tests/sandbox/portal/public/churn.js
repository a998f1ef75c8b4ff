// "?churn=1": an activity feed under the shell that, like the real portal's live tiles and notifications, keeps a
// large DOM (≥ 5,000 nodes) busy with ≥ 500 mutations per second. Used by the benchmark.
import { h } from './dom.js';

const ITEMS = 1000;
const TICK_MS = 40;
const TEXT_CHANGES_PER_TICK = 24;
const REPLACEMENTS_PER_TICK = 8;
const VERBS = ['succeeded', 'started', 'updated', 'queued', 'completed', 'retrying'];
const KINDS = ['Deployment', 'Sign-in sync', 'Metric alert', 'Resource health', 'Backup job', 'Policy scan'];

let serial = 0;
const pick = (list) => list[Math.floor(Math.random() * list.length)];

function entry() {
  serial += 1;
  // li + 4 children + their text nodes ≈ 10 nodes per entry.
  return h(
    'li',
    { class: 'churn-item' },
    h('span', { class: 'churn-kind' }, pick(KINDS)),
    h('span', { class: 'churn-name' }, `res-${(serial * 7919) % 100000}`),
    h('span', { class: 'churn-verb' }, pick(VERBS)),
    h('time', { class: 'churn-time' }, new Date().toLocaleTimeString('en-US')),
  );
}

export function startChurn() {
  const list = h('ol', { class: 'churn-list' });
  for (let i = 0; i < ITEMS; i += 1) list.append(entry());
  const counter = h('span', { class: 'churn-count' }, '0');
  document.body.append(
    h('section', { class: 'churn', 'aria-label': 'Activity feed' }, h('h2', {}, 'Activity ', counter), list),
  );
  let ticks = 0;
  setInterval(() => {
    ticks += 1;
    const items = list.children;
    for (let i = 0; i < TEXT_CHANGES_PER_TICK; i += 1) {
      const item = items[Math.floor(Math.random() * items.length)];
      item.children[2].textContent = pick(VERBS);
    }
    for (let i = 0; i < REPLACEMENTS_PER_TICK; i += 1) {
      items[Math.floor(Math.random() * items.length)].replaceWith(entry());
    }
    counter.textContent = String(ticks);
  }, TICK_MS);
}
