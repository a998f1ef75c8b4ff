import type { PublicState } from '../lib/background/public-state';
import type { PermissionStatus } from '../lib/entra/check-result';
import { list, relative } from '../lib/i18n/format';
import { type MessageKey, plural, t, tParts } from '../lib/i18n/t';
import { DiagnosisNote } from './DiagnosisNote';

const statusText: Record<PermissionStatus, MessageKey> = {
  granted: 'permission_granted',
  propagating: 'permission_propagating',
  'not-granted': 'permission_not_granted',
  missing: 'permission_missing',
  unknown: 'permission_unknown',
};

interface Props {
  check: PublicState['check'];
  /** What the portal's API permissions page showed, when the admin was there. */
  review?: PublicState['portal']['review'];
  canCheck: boolean;
  onRecheck: () => Promise<void>;
  now: number;
}

export function PermissionsCard({ check, review, canCheck, onRecheck, now }: Props) {
  const result = check.result;
  const granted = result?.permissions.filter((p) => p.status === 'granted').length ?? 0;
  return (
    <section class="card" aria-labelledby="permissions-title" aria-busy={check.running}>
      <div class="card-title-row">
        <h2 id="permissions-title">{t('permissions_title')}</h2>
        <button type="button" onClick={() => void onRecheck()} disabled={!canCheck || check.running}>
          {t(check.running ? 'permissions_checking_button' : 'permissions_recheck')}
        </button>
      </div>
      <p class="summary" role="status">
        {check.running
          ? t('permissions_checking')
          : result
            ? plural('granted_of_12', granted)
            : t(canCheck ? 'permissions_not_checked' : 'permissions_waiting_for_values')}
      </p>
      {result?.diagnosis && <DiagnosisNote diagnosis={result.diagnosis} verdict={result.verdict} />}
      {result && (
        <ul class="permissions" aria-label={t('permissions_list_label')}>
          {result.permissions.map((p) => (
            <li key={p.name} class={`permission permission-${p.status}`}>
              <span class="permission-name">{p.name}</span>
              <span class="permission-status">{t(statusText[p.status])}</span>
            </li>
          ))}
        </ul>
      )}
      {review && review.delegatedInstead.length > 0 && (
        <p class="banner banner-warning">
          {t('permissions_delegated_instead', { names: list(review.delegatedInstead) })}
        </p>
      )}
      {review && review.missing.length > 0 && !result && (
        <p class="extras">{plural('permissions_not_added', review.missing.length)}</p>
      )}
      {result && result.extras.length > 0 && (
        <p class="extras">{t('permissions_extras', { names: list(result.extras) })}</p>
      )}
      {result && (
        <p class="checked-at">
          {tParts(check.nextRecheckAt ? 'permissions_last_checked_again' : 'permissions_last_checked', {
            when: <time dateTime={new Date(result.checkedAt).toISOString()}>{relative(result.checkedAt, now)}</time>,
          })}
        </p>
      )}
    </section>
  );
}
