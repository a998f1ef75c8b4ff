// What the portal page told the extension that the admin should know: the portal's language as the
// guide detected it, and an app of another tenant than the active profile's. Props in, events out.
import type { PublicState } from '../lib/background/public-state';
import { locale, t } from '../lib/i18n/t';
import { isLanguage } from '../lib/wording/languages';

export interface PortalNotesProps {
  portal: PublicState['portal'];
  onNewProfile: (label: string) => void;
}

function languageLine(language: NonNullable<PublicState['portal']['language']>): string {
  const { code, known } = language;
  if (known && code && isLanguage(code)) {
    const name = new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
    return t('portal_language_known', { language: name, code });
  }
  return code ? t('portal_language_unknown_code', { code }) : t('portal_language_unknown');
}

export function PortalNotes({ portal, onNewProfile }: PortalNotesProps) {
  const other = portal.otherTenant;
  return (
    <>
      {other && (
        <div class="banner banner-error" role="alert">
          <p>{t('portal_other_tenant', { tenant: other })}</p>
          <button
            type="button"
            onClick={() => onNewProfile(t('portal_new_profile_label', { tenant: other.slice(0, 8) }))}
          >
            {t('portal_new_profile')}
          </button>
        </div>
      )}
      {portal.language && <p class="hint">{languageLine(portal.language)}</p>}
    </>
  );
}
