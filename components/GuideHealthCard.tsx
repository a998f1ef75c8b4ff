// Guide health on the options page: where the guide could not find a step's target, for whoever keeps the
// wording tables current. Nothing is sent anywhere; the admin may download the report. Props in, events out.
import type { HealthRecord } from '../lib/guide-health/record';
import { formatDateTime } from '../lib/i18n/format';
import { t, tParts } from '../lib/i18n/t';

export interface GuideHealthCardProps {
  records: HealthRecord[];
  onDownload: () => void;
}

export function GuideHealthCard({ records, onDownload }: GuideHealthCardProps) {
  const newestFirst = [...records].reverse();
  return (
    <section class="card" aria-labelledby="guide-health-title">
      <h2 id="guide-health-title">{t('health_title')}</h2>
      <p class="hint">{t('health_hint')}</p>
      {newestFirst.length === 0 ? (
        <p>{t('health_none')}</p>
      ) : (
        <ul class="health-list">
          {newestFirst.map((r) => (
            <li key={`${r.at}-${r.stepId}`}>
              {tParts(r.blade ? 'health_record_place' : 'health_record', {
                step: <strong>{r.stepId}</strong>,
                host: r.host,
                place: [r.blade, r.item].filter(Boolean).join(' › '),
                language: r.language ?? t('health_language_unknown'),
                at: formatDateTime(r.at),
              })}
              {r.nearby.length > 0 && <span class="hint">{t('health_nearby', { names: r.nearby.join(' · ') })}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={records.length === 0} onClick={onDownload}>
        {t('health_download')}
      </button>
    </section>
  );
}
