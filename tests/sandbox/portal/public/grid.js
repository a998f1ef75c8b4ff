// A Fluent DetailsList look-alike: role=grid of rows with columnheader, rowheader (first cell) and gridcell.
import { h } from './dom.js';

/**
 * columns: [{ label, width, hiddenLabel }]   rows: [{ cells: [node|string…] } | { group: node } ]
 * The first cell of a normal row is its rowheader.
 */
export function dataGrid({ label, columns, rows, empty }) {
  const template = columns.map((c) => c.width ?? 'minmax(120px, 1fr)').join(' ');
  const row = (cls, ...cells) =>
    h('div', { role: 'row', class: `grid-row ${cls}`, style: `grid-template-columns: ${template}` }, ...cells);
  const spanning = (cls, content) =>
    row(cls, h('div', { role: 'gridcell', class: 'grid-cell span-all', 'aria-colspan': columns.length }, content));
  const body = rows.map((r) =>
    r.group
      ? spanning('group-row', r.group)
      : row(
          r.className ?? '',
          ...r.cells.map((cell, i) =>
            h('div', { role: i === 0 ? 'rowheader' : 'gridcell', class: 'grid-cell' }, cell ?? ''),
          ),
        ),
  );
  return h(
    'div',
    { class: 'data-grid', role: 'grid', 'aria-label': label, 'aria-readonly': 'true' },
    h(
      'div',
      { role: 'rowgroup', class: 'grid-head' },
      row(
        'header-row',
        ...columns.map((c) =>
          h(
            'div',
            { role: 'columnheader', class: 'grid-cell' },
            c.hiddenLabel ? h('span', { class: 'sr-only' }, c.label) : c.label,
          ),
        ),
      ),
    ),
    h('div', { role: 'rowgroup', class: 'grid-body' }, body.length ? body : spanning('empty-row', empty ?? 'No items')),
  );
}
