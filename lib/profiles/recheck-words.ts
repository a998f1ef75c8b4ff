// What "Re-check all" says: counts by result, not one sentence per customer.
const count = (n: number) => n.toLocaleString('en');

export interface RecheckSummary {
  checked: { label: string; verdict: string }[];
  /** How many were left alone because their secret is not in this browser session. */
  skipped: number;
  /** How many have their secret in hand but not the tenant or client ID. */
  missingIds: number;
  /** How many changed while they were being checked (another app, or made active): their result was dropped. */
  changed: number;
}

export function recheckSentence(summary: Omit<RecheckSummary, 'checked'> & { checked: { verdict: string }[] }): string {
  const { checked, skipped, missingIds, changed } = summary;
  const notes = [
    skipped ? `${count(skipped)} skipped: their secret is not in this browser session.` : '',
    missingIds ? `${count(missingIds)} skipped: the tenant ID or client ID is missing.` : '',
    changed ? `${count(changed)} changed while being checked: check them again.` : '',
  ].filter(Boolean);
  if (!checked.length && !missingIds && !changed)
    return `Nothing was checked: no customer’s secret is in this browser session (${count(skipped)}).`;
  const verdicts = new Map<string, number>();
  for (const c of checked) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
  const byVerdict = [...verdicts].map(([verdict, n]) => `${count(n)} ${verdict}`).join(', ');
  const checkedWords = checked.length
    ? `Checked ${count(checked.length)} ${checked.length === 1 ? 'customer' : 'customers'} (${byVerdict}).`
    : 'Nothing was checked.';
  return [checkedWords, ...notes].join(' ');
}
