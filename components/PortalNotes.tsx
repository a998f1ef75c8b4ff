// What the portal page told the extension that the admin should know: the portal's language as the
// guide detected it, and an app of another tenant than the active profile's. Props in, events out.
import type { PublicState } from '../lib/background/public-state';
import { isLanguage, LANGUAGE_NAMES } from '../lib/wording/languages';

export interface PortalNotesProps {
  portal: PublicState['portal'];
  onNewProfile: (label: string) => void;
}

function languageLine(language: NonNullable<PublicState['portal']['language']>): string {
  const { code, known } = language;
  if (known && code && isLanguage(code)) return `Portal language: ${LANGUAGE_NAMES[code]} (${code}).`;
  return `Portal language: not recognised${code ? ` (${code})` : ''}; the guide goes by the route.`;
}

export function PortalNotes({ portal, onNewProfile }: PortalNotesProps) {
  const other = portal.otherTenant;
  return (
    <>
      {other && (
        <div class="banner banner-error" role="alert">
          <p>
            This app is in another directory (tenant {other}) than the active customer profile, so nothing of it was
            stored.
          </p>
          <button type="button" onClick={() => onNewProfile(`Tenant ${other.slice(0, 8)}`)}>
            New profile for this tenant
          </button>
        </div>
      )}
      {portal.language && <p class="hint">{languageLine(portal.language)}</p>}
    </>
  );
}
