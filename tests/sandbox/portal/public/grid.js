// Grids: in the classic kit a DetailsList look-alike of role=grid rows with columnheader, rowheader (first cell)
// and gridcell; in the Fluent kit the DetailsList's own markup (data-automationid ListCell / DetailsRow /
// DetailsRowCell, a selection check cell first, sort glyphs in the headers).
import { h } from './dom.js';
import { icon } from './icons.js';
import { t } from './text.js';
import { KIT } from './variant.js';

/**
 * columns: [{ label, width, hiddenLabel }]   rows: [{ cells: [node|string…] } | { group: node } ]
 * The first cell of a normal row is its rowheader (classic kit).
 */
export function dataGrid(options) {
  return KIT === 'fluent' ? fluentGrid(options) : classicGrid(options);
}

function classicGrid({ label, columns, rows, empty }) {
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
    h(
      'div',
      { role: 'rowgroup', class: 'grid-body' },
      body.length ? body : spanning('empty-row', empty ?? t('No items')),
    ),
  );
}

function fluentGrid({ label, columns, rows, empty }) {
  const template = ['32px', ...columns.map((c) => c.width ?? 'minmax(120px, 1fr)')].join(' ');
  const check = (name) =>
    h(
      'div',
      { role: 'checkbox', class: 'ms-Check', 'aria-checked': 'false', 'aria-label': name, tabindex: '-1' },
      icon('checkbox', 'ms-Check-check'),
    );
  const header = h(
    'div',
    {
      role: 'row',
      class: 'grid-row header-row ms-DetailsHeader',
      'data-automationid': 'DetailsHeader',
      style: `grid-template-columns: ${template}`,
    },
    h(
      'div',
      { role: 'columnheader', class: 'grid-cell ms-DetailsHeader-cellIsCheck', 'aria-colindex': 1 },
      check(t('Toggle selection for all items')),
    ),
    ...columns.map((c, i) =>
      h(
        'div',
        {
          role: 'columnheader',
          class: 'grid-cell ms-DetailsHeader-cell',
          'data-automationid': 'ColumnsHeaderColumn',
          'aria-colindex': i + 2,
          'aria-sort': 'none',
        },
        h(
          'span',
          { class: 'ms-DetailsHeader-cellTitle' },
          c.hiddenLabel
            ? h('span', { class: 'sr-only' }, c.label)
            : h('span', { class: 'ms-DetailsHeader-cellName' }, c.label),
          c.hiddenLabel ? '' : icon('sort', 'ms-DetailsHeader-filterChevron'),
        ),
      ),
    ),
  );
  const listCell = (rowEl) =>
    h('div', { role: 'presentation', class: 'ms-List-cell', 'data-automationid': 'ListCell' }, rowEl);
  const spanning = (content) =>
    h(
      'div',
      { role: 'row', class: 'grid-row group-row ms-GroupHeader', style: `grid-template-columns: ${template}` },
      h('div', { role: 'gridcell', class: 'grid-cell span-all', 'aria-colspan': columns.length + 1 }, content),
    );
  const body = rows.map((r) =>
    listCell(
      r.group
        ? spanning(r.group)
        : h(
            'div',
            {
              role: 'row',
              class: `grid-row ms-DetailsRow ${r.className ?? ''}`,
              'data-automationid': 'DetailsRow',
              style: `grid-template-columns: ${template}`,
            },
            h(
              'div',
              { role: 'gridcell', class: 'grid-cell', 'data-automationid': 'DetailsRowCheck' },
              check(t('Select row')),
            ),
            ...r.cells.map((cell, i) =>
              h(
                'div',
                { role: 'gridcell', class: 'grid-cell', 'data-automationid': 'DetailsRowCell', 'aria-colindex': i + 2 },
                cell ?? '',
              ),
            ),
          ),
    ),
  );
  return h(
    'div',
    { class: 'data-grid ms-DetailsList', role: 'grid', 'aria-label': label, 'data-automationid': 'DetailsList' },
    h('div', { role: 'presentation', class: 'ms-DetailsList-headerWrapper' }, header),
    h(
      'div',
      { role: 'presentation', class: 'ms-DetailsList-contentWrapper' },
      h(
        'div',
        { role: 'presentation', class: 'ms-List-page' },
        body.length ? body : listCell(spanning(empty ?? t('No items'))),
      ),
    ),
  );
}
