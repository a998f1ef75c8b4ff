// "API permissions" (CallAnAPI): configured permissions, "Add a permission", "Grant admin consent for <tenant>".
import { api } from './api.js';
import { h, sleep } from './dom.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import { openRequestPermissionsPane } from './request-permissions-pane.js';
import { commandBar, commandButton, confirmDialog, messageBar, openMenu, withDisabledTooltip } from './widgets.js';

const COLUMNS = [
  { label: 'API / Permissions name', width: 'minmax(220px, 1.3fr)' },
  { label: 'Type', width: '110px' },
  { label: 'Description', width: 'minmax(180px, 1.4fr)' },
  { label: 'Admin consent required', width: '120px' },
  { label: 'Status', width: 'minmax(170px, 1fr)' },
  { label: 'Actions', width: '56px', hiddenLabel: true },
];

function statusCell(permission, tenantName) {
  if (permission.granted) {
    return h('span', { class: 'status status-ok' }, icon('checkCircle', 'icon-success'), `Granted for ${tenantName}`);
  }
  if (permission.adminConsentRequired) {
    return h('span', { class: 'status status-warn' }, icon('warning', 'icon-warning'), `Not granted for ${tenantName}`);
  }
  return '';
}

function permissionRows(apis, tenantName, actions) {
  const rows = [];
  for (const group of apis) {
    rows.push({
      group: h(
        'span',
        { class: 'group-label' },
        icon('chevronDown'),
        `${group.resourceName} (${group.permissions.length})`,
      ),
    });
    for (const p of group.permissions) {
      const more = actions
        ? h(
            'button',
            {
              type: 'button',
              class: 'icon-button more-button',
              title: 'More actions',
              'aria-haspopup': 'menu',
              'aria-expanded': 'false',
            },
            '...',
          )
        : '';
      if (more) more.addEventListener('click', () => actions(more, group, p));
      rows.push({
        className: 'permission-row',
        cells: [
          h('span', { class: 'permission-name' }, p.name),
          p.type === 'Role' ? 'Application' : 'Delegated',
          p.description,
          p.adminConsentRequired ? 'Yes' : 'No',
          statusCell(p, tenantName),
          more,
        ],
      });
    }
  }
  return rows;
}

export async function apiPermissionsContent(initialApp, ctx) {
  let app = initialApp;
  // The consent right can change while the page is open (a test flips it), so read the session afresh.
  const session = await api('GET', 'session');
  const tenant = session.tenantName;
  const gridHost = h('div', { class: 'grid-host' });
  const otherHost = h('div');
  const notices = h('div');

  const removePermission = async (group, p) => {
    const ok = await confirmDialog({
      title: 'Remove permission',
      message: `Are you sure you want to remove the permission ${p.name} from ${group.resourceName}?`,
      confirmLabel: 'Yes, remove',
      cancelLabel: 'No, keep',
    });
    if (!ok) return;
    try {
      app = await api('DELETE', `applications/${app.id}/permissions/${p.type}/${p.id}`);
      draw();
    } catch (error) {
      ctx.toast('Could not remove the permission', { kind: 'error', detail: error.message });
    }
  };
  const rowActions = (anchor, group, p) =>
    openMenu(anchor, [{ label: 'Remove permission', icon: 'trash', onSelect: () => removePermission(group, p) }]);

  const draw = () => {
    gridHost.replaceChildren(
      dataGrid({
        label: 'Configured permissions',
        columns: COLUMNS,
        rows: permissionRows(app.apis, tenant, rowActions),
        empty: 'No permissions added',
      }),
    );
    otherHost.replaceChildren(
      ...(app.otherGranted.length === 0
        ? []
        : [
            h('h2', { class: 'section-title' }, `Other permissions granted for ${tenant}`),
            h(
              'p',
              { class: 'field-help' },
              `These permissions have been granted for ${tenant} but aren't in the configured permissions list. If ` +
                'your application requires these permissions, you should consider adding them to the configured ' +
                'permissions list.',
            ),
            dataGrid({
              label: `Other permissions granted for ${tenant}`,
              columns: COLUMNS.slice(0, 5),
              rows: permissionRows(
                [{ resourceName: 'Microsoft Graph', permissions: app.otherGranted }],
                tenant,
                null,
              ).map((r) => (r.cells ? { ...r, cells: r.cells.slice(0, 5) } : r)),
            }),
          ]),
    );
  };

  const addPermission = () =>
    openRequestPermissionsPane(app, async (permissions) => {
      app = await api('POST', `applications/${app.id}/permissions`, { permissions });
      notices.replaceChildren(
        messageBar(
          'warning',
          "You are editing permission(s) to your application, users will have to consent even if they've already " +
            'done so previously.',
        ),
      );
      draw();
    });

  const grantConsent = async () => {
    const yes = await confirmDialog({
      title: 'Grant admin consent confirmation',
      message:
        `Do you want to grant consent for the requested permissions for all accounts in ${tenant}? This will ` +
        'update any existing admin consent records this application already has to match what is listed below.',
    });
    if (!yes) return;
    try {
      [app] = await Promise.all([api('POST', `applications/${app.id}/admin-consent`), sleep(1000)]);
      notices.replaceChildren();
      draw();
      ctx.toast('Grant consent successful', { detail: `Successfully granted admin consent for ${tenant}.` });
    } catch (error) {
      ctx.toast('Grant consent failed', { kind: 'error', detail: error.message });
    }
  };

  const grantLabel = `Grant admin consent for ${tenant}`;
  const grantButton = session.canGrantConsent
    ? commandButton(grantLabel, 'check', grantConsent)
    : withDisabledTooltip(
        commandButton(grantLabel, 'check', undefined),
        `You don't have permission to grant admin consent for ${tenant}. Only a Global Administrator or a ` +
          'Privileged Role Administrator can grant consent to Microsoft Graph application permissions.',
      );

  draw();
  return h(
    'div',
    { class: 'api-permissions' },
    commandBar(
      'API permissions commands',
      commandButton('Refresh', 'refresh', async () => {
        app = await api('GET', `applications/${app.id}`);
        draw();
      }),
      commandButton('Got feedback?', 'feedback', () => ctx.toast('Thanks for your feedback!', { kind: 'info' })),
    ),
    h(
      'div',
      { class: 'content-pad' },
      notices,
      messageBar(
        'info',
        'The "Admin consent required" column shows the default value for an organization. However, user consent can ' +
          'be customized per permission, user, or app. This column may not reflect the value in your organization, ' +
          'or in organizations where this app will be used.',
      ),
      h('h2', { class: 'section-title' }, 'Configured permissions'),
      h(
        'p',
        { class: 'field-help' },
        'Applications are authorized to call APIs when they are granted permissions by users/admins as part of the ' +
          'consent process. The list of configured permissions should include all the permissions the application ' +
          'needs.',
      ),
      commandBar(
        'Configured permissions commands',
        commandButton('Add a permission', 'add', addPermission),
        grantButton,
      ),
      gridHost,
      otherHost,
      h(
        'p',
        { class: 'field-help' },
        "To view and manage consented permissions for individual apps, as well as your tenant's consent settings, " +
          'try Enterprise applications.',
      ),
    ),
  );
}
