// Moving between blades: the top document changes its own hash; a blade frame of the Entra admin center shell asks
// the top document to change it (postMessage to the trusted portal origin), as the admin center's React views do.
import { h } from './dom.js';
import { IN_BLADE_FRAME, TRUSTED_AUTHORITY, variantParams } from './variant.js';

export function navigate(hash) {
  if (IN_BLADE_FRAME) window.parent.postMessage({ kind: 'sandbox-navigate', hash }, TRUSTED_AUTHORITY);
  else window.location.hash = hash;
}

/** Where a link to `hash` points: the hash itself, or from a frame the portal's full URL. */
function routeHref(hash) {
  return IN_BLADE_FRAME ? `${TRUSTED_AUTHORITY}/?${new URLSearchParams(variantParams())}${hash}` : hash;
}

/** A link to a portal route; in a frame a press navigates the top document instead of the frame. */
export function routeLink(hash, attrs, ...children) {
  const onClick = (event) => {
    if (!IN_BLADE_FRAME) return;
    event.preventDefault();
    navigate(hash);
  };
  return h('a', { ...attrs, href: routeHref(hash), onClick }, ...children);
}
