// The portal's hash routes (FACTS.md §3): #view/<Extension>/<Blade>/<name>/<value>/…, the older #blade/…,
// an optional tenant pin #@<tenant>/…, "~/<Item>" picking a menu item and "name~/value" for non-strings.
export const ENTRA_OVERVIEW = '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview';
export const APP_LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
export const CREATE_APP =
  '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false';

export function entraItemRoute(item) {
  return `#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/${item}`;
}

export function appRoute(item, app) {
  const ids = `appId/${app.appId}/objectId/${app.id}`;
  return `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/${ids}/isMSAApp~/false`;
}

function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** → { kind: 'home' } | { kind: 'blade', extension, blade, item, params, tenant } | { kind: 'unknown', raw } */
export function parseHash(hash) {
  let rest = hash.replace(/^#/, '');
  let tenant = null;
  const pin = /^@([^/]*)\/?(.*)$/.exec(rest);
  if (pin) {
    tenant = decode(pin[1]);
    rest = pin[2];
  }
  if (rest === '' || rest === 'home' || rest === 'home/') return { kind: 'home', tenant };
  const form = /^(?:view|blade)\/(.*)$/.exec(rest);
  if (!form) return { kind: 'unknown', raw: rest, tenant };
  const [extension = '', blade = '', ...pairs] = form[1].split('/').map(decode);
  const params = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) params[pairs[i].replace(/~$/, '')] = pairs[i + 1];
  // "~/<Item>": the key "~" loses its marker above and becomes "".
  return { kind: 'blade', extension, blade, item: params[''] ?? null, params, tenant };
}
