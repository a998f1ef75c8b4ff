// Which portal the replica plays, chosen by the query before the hash (the shell passes it on to blade frames):
//   ?kit=fluent       the Fluent UI v8-like markup kit (icon glyphs, DetailsList grids, Pivot tabs, layered
//                     panels); on entra.microsoft.com also the admin center shell whose blades are all iframes
//   ?l=de.de-de       German; ?l=qps-ploc a pseudo-locale no wording table knows; ?l=en.en-us (default) English
//   ?wording=old|new  which English wording (FACTS.md §3a); default: new on entra.microsoft.com, old elsewhere
const query = new URLSearchParams(window.location.search);

export const KIT = query.get('kit') === 'fluent' ? 'fluent' : 'classic';

function languageOf(l) {
  const code = (l ?? '').toLowerCase();
  if (code.startsWith('de')) return 'de';
  if (code === 'qps-ploc') return 'qps-ploc';
  return 'en';
}
export const LANG = languageOf(query.get('l'));

/** The portal origin that frames this page, when it is a blade frame (a reactblade host). */
export const TRUSTED_AUTHORITY = query.get('trustedAuthority');
export const IN_BLADE_FRAME = TRUSTED_AUTHORITY !== null;

const portalHost = TRUSTED_AUTHORITY ? new URL(TRUSTED_AUTHORITY).hostname : window.location.hostname;
export const WORDING =
  query.get('wording') === 'old' || query.get('wording') === 'new'
    ? query.get('wording')
    : portalHost === 'entra.microsoft.com'
      ? 'new'
      : 'old';

/** The Entra admin center shell: the top document holds only the menu, every blade is a cross-origin frame. */
export const ENTRA_SHELL = KIT === 'fluent' && portalHost === 'entra.microsoft.com';

/** The query a blade frame needs to draw the same variant. */
export function variantParams() {
  const l = query.get('l');
  return { kit: KIT, wording: WORDING, ...(l ? { l } : {}) };
}

/** How dates are written (the pseudo-locale keeps en-US dates, as Windows' qps-ploc does). */
export const LOCALE = LANG === 'de' ? 'de-DE' : 'en-US';
