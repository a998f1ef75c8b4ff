import type { PublicState } from '../lib/background/public-state';
import type { PermissionStatus } from '../lib/entra/check-result';
import { DiagnosisNote } from './DiagnosisNote';

const statusText: Record<PermissionStatus, string> = {
  granted: 'Granted',
  propagating: 'Waiting for Microsoft',
  'not-granted': 'Not granted',
  missing: 'Missing',
  unknown: 'Unknown',
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
        <h2 id="permissions-title">Permissions and consent</h2>
        <button type="button" onClick={() => void onRecheck()} disabled={!canCheck || check.running}>
          {check.running ? 'Checking…' : 'Re-check'}
        </button>
      </div>
      <p class="summary" role="status">
        {check.running
          ? 'Checking with Microsoft…'
          : result
            ? `${granted} of 12 granted`
            : canCheck
              ? 'Not checked yet.'
              : 'The check runs once the three values are known.'}
      </p>
      {result?.diagnosis && <DiagnosisNote diagnosis={result.diagnosis} verdict={result.verdict} />}
      {result && (
        <ul class="permissions" aria-label="Microsoft Graph application permissions">
          {result.permissions.map((p) => (
            <li key={p.name} class={`permission permission-${p.status}`}>
              <span class="permission-name">{p.name}</span>
              <span class="permission-status">{statusText[p.status]}</span>
            </li>
          ))}
        </ul>
      )}
      {review && review.delegatedInstead.length > 0 && (
        <p class="banner banner-warning">
          Added as Delegated instead of Application: {review.delegatedInstead.join(', ')}. Add them again as Application
          permissions.
        </p>
      )}
      {review && review.missing.length > 0 && !result && (
        <p class="extras">Not added yet on the API permissions page: {review.missing.length} of 12.</p>
      )}
      {result && result.extras.length > 0 && (
        <p class="extras">Also granted (not needed by idemeum): {result.extras.join(', ')}</p>
      )}
      {result && (
        <p class="checked-at">
          Last checked{' '}
          <time dateTime={new Date(result.checkedAt).toISOString()}>{relativeTime(result.checkedAt, now)}</time>
          {check.nextRecheckAt ? '; checking again shortly.' : '.'}
        </p>
      )}
    </section>
  );
}

function relativeTime(at: number, now: number): string {
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  return new Date(at).toLocaleString();
}
