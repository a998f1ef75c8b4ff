const DAY = 86_400_000;

export function ExpiryNote({ expiresAt, now }: { expiresAt: string; now: number }) {
  const end = Date.parse(expiresAt);
  if (!Number.isFinite(end)) return null;
  const days = Math.floor((end - now) / DAY);
  const date = new Date(end).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  const kind = days < 0 ? 'error' : days <= 30 ? 'warning' : 'info';
  const text =
    days < 0
      ? `The secret expired on ${date}.`
      : days === 0
        ? `The secret expires today (${date}).`
        : `The secret expires on ${date} (in ${days} days).`;
  return <p class={`expiry expiry-${kind}`}>{text}</p>;
}
