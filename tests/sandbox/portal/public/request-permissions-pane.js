// The "Request API permissions" pane: Microsoft APIs → Microsoft Graph → Delegated / Application permissions →
// "Select permissions" (search box, collapsible groups of checkboxes) → "Add permissions".
import { api } from './api.js';
import { h, uid } from './dom.js';
import { icon } from './icons.js';
import { pseudoIfNeeded, t } from './text.js';
import { messageBar, openPane, tabList } from './widgets.js';

const GRAPH_DESCRIPTION =
  'Take advantage of the tremendous amount of data in Office 365, Enterprise Mobility + Security, and Windows 10. ' +
  'Access Microsoft Entra ID, Excel, Intune, Outlook/Exchange, OneDrive, OneNote, SharePoint, Planner, and more ' +
  'through a single endpoint.';

/** A big card button whose accessible name is its title only; the rest is its description. */
function cardButton(title, description, onClick, extra = {}) {
  const titleId = uid('card');
  const descId = uid('card-desc');
  return h(
    'button',
    { type: 'button', class: 'card-button', 'aria-labelledby': titleId, 'aria-describedby': descId, onClick, ...extra },
    h('span', { class: 'card-title', id: titleId }, title),
    h('span', { class: 'card-desc', id: descId }, description),
  );
}

function groupName(permissionName) {
  return permissionName.split('.')[0];
}

export async function openRequestPermissionsPane(app, onAdd) {
  const catalog = await api('GET', 'graph-permissions');
  const configured = new Set(app.apis.flatMap((a) => a.permissions.map((p) => `${p.type}:${p.id}`)));
  const selected = new Map();
  const expanded = new Set();
  let type = null;
  let query = '';

  const pane = openPane({ title: t('Request API permissions') });
  const addButton = h('button', { type: 'button', class: 'button primary', disabled: true }, t('Add permissions'));
  const discard = h('button', { type: 'button', class: 'button', onClick: () => pane.close() }, t('Discard'));
  const problem = h('div');

  const refreshFooter = () => {
    addButton.disabled = selected.size === 0;
  };

  addButton.addEventListener('click', async () => {
    addButton.disabled = true;
    try {
      await onAdd([...selected.values()]);
      pane.close();
    } catch (error) {
      problem.replaceChildren(messageBar('error', error.message));
      refreshFooter();
    }
  });

  function permissionRow(p) {
    const key = `${p.type}:${p.id}`;
    const id = uid('perm');
    const descId = uid('perm-desc');
    const box = h('input', {
      type: 'checkbox',
      id,
      'aria-describedby': descId,
      checked: configured.has(key) || selected.has(key),
      disabled: configured.has(key),
    });
    box.addEventListener('change', () => {
      if (box.checked) selected.set(key, { id: p.id, type: p.type });
      else selected.delete(key);
      refreshFooter();
    });
    return h(
      'div',
      { class: 'perm-row' },
      h(
        'div',
        { class: 'perm-main' },
        box,
        h(
          'div',
          {},
          h('label', { for: id, class: 'perm-name' }, p.name),
          h('div', { class: 'perm-desc', id: descId }, pseudoIfNeeded(p.description)),
        ),
      ),
      h('div', { class: 'perm-consent' }, p.adminConsentRequired ? t('Yes') : t('No')),
    );
  }

  function selectPermissions(list) {
    const search = h('input', {
      type: 'search',
      class: 'filter-box',
      placeholder: t('Start typing a permission to filter these results'),
      value: query,
    });
    const groupsHost = h('div', { class: 'perm-groups' });
    const drawGroups = () => {
      const q = query.trim().toLowerCase();
      const groups = new Map();
      for (const p of list) {
        if (q && !p.name.toLowerCase().includes(q)) continue;
        const name = groupName(p.name);
        if (!groups.has(name)) groups.set(name, []);
        groups.get(name).push(p);
      }
      const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
      groupsHost.replaceChildren(
        names.length === 0 ? h('p', { class: 'field-help' }, t('No permissions found.')) : '',
        ...names.map((name) => {
          const open = expanded.has(name) || q !== '';
          const panelId = uid('group');
          const toggle = h(
            'button',
            { type: 'button', class: 'group-toggle', 'aria-expanded': String(open), 'aria-controls': panelId },
            icon(open ? 'chevronDown' : 'chevronRight'),
            `${name} (${groups.get(name).length})`,
          );
          toggle.addEventListener('click', () => {
            if (expanded.has(name)) expanded.delete(name);
            else expanded.add(name);
            drawGroups();
            groupsHost.querySelector(`[aria-controls="${panelId}"]`)?.focus();
          });
          return h(
            'div',
            { class: 'perm-group' },
            toggle,
            h('div', { id: panelId, class: 'perm-group-body', hidden: !open }, ...groups.get(name).map(permissionRow)),
          );
        }),
      );
    };
    search.addEventListener('input', () => {
      query = search.value;
      drawGroups();
    });
    drawGroups();
    const expandAll = h('button', { type: 'button', class: 'link-button' }, t('expand all'));
    expandAll.addEventListener('click', () => {
      for (const p of list) expanded.add(groupName(p.name));
      drawGroups();
    });
    return h(
      'div',
      { class: 'select-permissions' },
      h('div', { class: 'select-head' }, h('h3', {}, t('Select permissions')), expandAll),
      h('div', { class: 'filter-row wide' }, icon('search', 'filter-icon'), search),
      h(
        'div',
        { class: 'perm-columns', 'aria-hidden': 'true' },
        h('span', {}, t('Permission')),
        h('span', {}, t('Admin consent required')),
      ),
      groupsHost,
    );
  }

  function graphStep() {
    const typeButtons = h('div', { class: 'type-choice' });
    const permissionsHost = h('div');
    const drawTypes = () => {
      const choice = (value, title, description) =>
        cardButton(
          title,
          description,
          () => {
            if (type === value) return;
            type = value;
            query = '';
            drawTypes();
            typeButtons.querySelector('[aria-pressed="true"]')?.focus();
          },
          { 'aria-pressed': String(type === value) },
        );
      typeButtons.replaceChildren(
        choice(
          'Scope',
          t('Delegated permissions'),
          t('Your application needs to access the API as the signed-in user.'),
        ),
        choice(
          'Role',
          t('Application permissions'),
          t('Your application runs as a background service or daemon without a signed-in user.'),
        ),
      );
      permissionsHost.replaceChildren(
        type === null ? '' : selectPermissions(type === 'Role' ? catalog.application : catalog.delegated),
      );
    };
    drawTypes();
    const back = h('button', { type: 'button', class: 'link-button' }, icon('back'), t('All APIs'));
    back.addEventListener('click', () => {
      type = null;
      apisStep();
    });
    pane.body.replaceChildren(
      back,
      h(
        'div',
        { class: 'api-head' },
        h('h3', {}, t('Microsoft Graph')),
        h('div', { class: 'field-help' }, 'https://graph.microsoft.com/ Docs'),
      ),
      h('h4', { class: 'question' }, t('What type of permissions does your application require?')),
      typeButtons,
      permissionsHost,
      problem,
    );
    pane.footer.replaceChildren(addButton, discard);
    refreshFooter();
  }

  function apisStep() {
    const panel = h('div', { role: 'tabpanel', class: 'tab-panel' });
    const drawTab = (id) => {
      panel.setAttribute('aria-labelledby', tabs.tabId(id));
      if (id === 'microsoft') {
        panel.replaceChildren(
          h('h3', {}, t('Commonly used Microsoft APIs')),
          h(
            'div',
            { class: 'api-cards' },
            cardButton(t('Microsoft Graph'), t(GRAPH_DESCRIPTION), graphStep, { class: 'card-button large' }),
          ),
        );
      } else if (id === 'organization') {
        panel.replaceChildren(
          h('p', { class: 'field-help' }, t('Apps in your directory that expose APIs are shown below')),
          h(
            'div',
            { class: 'api-cards' },
            cardButton(t('Microsoft Graph'), '00000003-0000-0000-c000-000000000000', graphStep),
          ),
        );
      } else {
        panel.replaceChildren(
          h(
            'p',
            { class: 'field-help' },
            t('No APIs found. Expose an API in one of your applications to see it here.'),
          ),
        );
      }
    };
    const tabs = tabList(
      t('API sources'),
      [
        { id: 'microsoft', label: t('Microsoft APIs') },
        { id: 'organization', label: t('APIs my organization uses') },
        { id: 'mine', label: t('My APIs') },
      ],
      'microsoft',
      drawTab,
    );
    drawTab('microsoft');
    pane.body.replaceChildren(h('p', { class: 'field-help' }, t('Select an API')), tabs.el, panel);
    pane.footer.replaceChildren();
  }

  apisStep();
}
