// Guide health on the options page: where the guide could not find a step's target, for whoever keeps the
// wording tables current. Nothing is sent anywhere; the admin may download the report. Props in, events out.
import type { HealthRecord } from '../lib/guide-health/record';

export interface GuideHealthCardProps {
  records: HealthRecord[];
  onDownload: () => void;
}

export function GuideHealthCard({ records, onDownload }: GuideHealthCardProps) {
  const newestFirst = [...records].reverse();
  return (
    <section class="card" aria-labelledby="guide-health-title">
      <h2 id="guide-health-title">Guide health</h2>
      <p class="hint">
        Steps whose target the guide could not find on the portal page (the last 50, kept in this browser only, without
        any value). The report helps whoever keeps the portal’s wordings current.
      </p>
      {newestFirst.length === 0 ? (
        <p>No missing targets recorded.</p>
      ) : (
        <ul class="health-list">
          {newestFirst.map((r) => (
            <li key={`${r.at}-${r.stepId}`}>
              <strong>{r.stepId}</strong> on {r.host}
              {r.blade ? ` (${r.blade}${r.item ? ` › ${r.item}` : ''})` : ''}, language {r.language ?? 'unknown'},{' '}
              {new Date(r.at).toLocaleString()}
              {r.nearby.length > 0 && <span class="hint"> · on screen: {r.nearby.join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={records.length === 0} onClick={onDownload}>
        Download report
      </button>
    </section>
  );
}
