import { daysUntil, formatDate } from '../lib/i18n/format';
import { plural, t } from '../lib/i18n/t';

export function ExpiryNote({ expiresAt, now }: { expiresAt: string; now: number }) {
  const end = Date.parse(expiresAt);
  if (!Number.isFinite(end)) return null;
  const days = daysUntil(end, now);
  const date = formatDate(end);
  const kind = days < 0 ? 'error' : days <= 30 ? 'warning' : 'info';
  const text =
    days < 0
      ? t('expiry_expired', { date })
      : days === 0
        ? t('expiry_today', { date })
        : plural('expiry_in_days', days, { date });
  return <p class={`expiry expiry-${kind}`}>{text}</p>;
}
