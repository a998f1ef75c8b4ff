// "API permissions" (CallAnAPI): configured permissions, "Add a permission", "Grant admin consent for <tenant>".
import { api } from './api.js';
import { h, sleep } from './dom.js';
import { dataGrid } from './grid.js';
import { icon } from './icons.js';
import { openRequestPermissionsPane } from './request-permissions-pane.js';
import { pseudoIfNeeded, t } from './text.js';
import { commandBar, commandButton, confirmDialog, messageBar, openMenu, withDisabledTooltip } from './widgets.js';

const columns = () => [
  { label: t('API / Permissions name'), width: 'minmax(220px, 1.3fr)' },
  { label: t('Type'), width: '110px' },
  { label: t('Description'), width: 'minmax(180px, 1.4fr)' },
  { label: t('Admin consent required'), width: '120px' },
  { label: t('Status'), width: 'minmax(170px, 1fr)' },
  { label: t('Actions'), width: '56px', hiddenLabel: true },
];

/**
 * The Status cell. With the sandbox knob portalStatusIconOnly it is only an icon whose meaning is in a tooltip
 * shown on hover (no text, no accessible name): a markup no reader can know.
 */
function statusCell(permission, tenantName, iconOnly) {
  const kind = permission.granted ? 'ok' : permission.adminConsentRequired ? 'warn' : undefined;
  if (!kind) return '';
  const text = t(kind === 'ok' ? 'Granted for {tenant}' : 'Not granted for {tenant}', { tenant: tenantName });
  const glyph = kind === 'ok' ? icon('checkCircle', 'icon-success') : icon('warning', 'icon-warning');
  if (!iconOnly) return h('span', { class: `status status-${kind}` }, glyph, text);
  const tip = h('span', { class: 'tooltip hover-tip', role: 'tooltip', hidden: true }, text);
  const cell = h('span', { class: `status status-${kind} has-tooltip` }, glyph, tip);
  cell.addEventListener('mouseenter', () => {
    tip.hidden = false;
  });
  cell.addEventListener('mouseleave', () => {
    tip.hidden = true;
  });
  return cell;
}

function permissionRows(apis, tenantName, actions, iconOnly) {
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
              title: t('More actions'),
              'aria-label': t('More actions'),
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
          p.type === 'Role' ? t('Application') : t('Delegated'),
          pseudoIfNeeded(p.description),
          p.adminConsentRequired ? t('Yes') : t('No'),
          statusCell(p, tenantName, iconOnly),
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
      title: t('Remove permission'),
      message: t('Are you sure you want to remove the permission {permission} from {api}?', {
        permission: p.name,
        api: group.resourceName,
      }),
      confirmLabel: t('Yes, remove'),
      cancelLabel: t('No, keep'),
    });
    if (!ok) return;
    try {
      app = await api('DELETE', `applications/${app.id}/permissions/${p.type}/${p.id}`);
      draw();
    } catch (error) {
      ctx.toast(t('Could not remove the permission'), { kind: 'error', detail: error.message });
    }
  };
  const rowActions = (anchor, group, p) =>
    openMenu(anchor, [{ label: t('Remove permission'), icon: 'trash', onSelect: () => removePermission(group, p) }]);

  const draw = () => {
    gridHost.replaceChildren(
      dataGrid({
        label: t('Configured permissions'),
        columns: columns(),
        rows: permissionRows(app.apis, tenant, rowActions, session.statusIconOnly),
        empty: t('No permissions added'),
      }),
    );
    otherHost.replaceChildren(
      ...(app.otherGranted.length === 0
        ? []
        : [
            h('h2', { class: 'section-title' }, t('Other permissions granted for {tenant}', { tenant })),
            h(
              'p',
              { class: 'field-help' },
              t(
                "These permissions have been granted for {tenant} but aren't in the configured permissions list. If " +
                  'your application requires these permissions, you should consider adding them to the configured ' +
                  'permissions list.',
                { tenant },
              ),
            ),
            dataGrid({
              label: t('Other permissions granted for {tenant}', { tenant }),
              columns: columns().slice(0, 5),
              rows: permissionRows(
                [{ resourceName: 'Microsoft Graph', permissions: app.otherGranted }],
                tenant,
                null,
                session.statusIconOnly,
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
          t(
            "You are editing permission(s) to your application, users will have to consent even if they've already " +
              'done so previously.',
          ),
        ),
      );
      draw();
    });

  const grantConsent = async () => {
    const yes = await confirmDialog({
      title: t('Grant admin consent confirmation'),
      message: t(
        'Do you want to grant consent for the requested permissions for all accounts in {tenant}? This will ' +
          'update any existing admin consent records this application already has to match what is listed below.',
        { tenant },
      ),
    });
    if (!yes) return;
    try {
      [app] = await Promise.all([api('POST', `applications/${app.id}/admin-consent`), sleep(1000)]);
      notices.replaceChildren();
      draw();
      ctx.toast(t('Grant consent successful'), {
        detail: t('Successfully granted admin consent for {tenant}.', { tenant }),
      });
    } catch (error) {
      ctx.toast(t('Grant consent failed'), { kind: 'error', detail: error.message });
    }
  };

  const grantLabel = t('Grant admin consent for {tenant}', { tenant });
  const grantButton = session.canGrantConsent
    ? commandButton(grantLabel, 'check', grantConsent)
    : withDisabledTooltip(
        commandButton(grantLabel, 'check', undefined),
        t(
          "You don't have permission to grant admin consent for {tenant}. Only a Global Administrator or a " +
            'Privileged Role Administrator can grant consent to Microsoft Graph application permissions.',
          { tenant },
        ),
      );

  draw();
  return h(
    'div',
    { class: 'api-permissions' },
    commandBar(
      t('API permissions commands'),
      commandButton(t('Refresh'), 'refresh', async () => {
        app = await api('GET', `applications/${app.id}`);
        draw();
      }),
      commandButton(t('Got feedback?'), 'feedback', () => ctx.toast(t('Thanks for your feedback!'), { kind: 'info' })),
    ),
    h(
      'div',
      { class: 'content-pad' },
      notices,
      messageBar(
        'info',
        t(
          'The "Admin consent required" column shows the default value for an organization. However, user consent ' +
            'can be customized per permission, user, or app. This column may not reflect the value in your ' +
            'organization, or in organizations where this app will be used.',
        ),
      ),
      h('h2', { class: 'section-title' }, t('Configured permissions')),
      h(
        'p',
        { class: 'field-help' },
        t(
          'Applications are authorized to call APIs when they are granted permissions by users/admins as part of ' +
            'the consent process. The list of configured permissions should include all the permissions the ' +
            'application needs.',
        ),
      ),
      commandBar(
        t('Configured permissions commands'),
        commandButton(t('Add a permission'), 'add', addPermission),
        grantButton,
      ),
      gridHost,
      otherHost,
      h(
        'p',
        { class: 'field-help' },
        t(
          "To view and manage consented permissions for individual apps, as well as your tenant's consent settings, " +
            'try Enterprise applications.',
        ),
      ),
    ),
  );
}
