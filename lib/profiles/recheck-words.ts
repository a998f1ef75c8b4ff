// What "Re-check all" says: counts by result, not one sentence per customer.
const count = (n: number) => n.toLocaleString('en');

export function recheckSentence(summary: { checked: { verdict: string }[]; skipped: number }): string {
  const { checked, skipped } = summary;
  const whySkipped = `${count(skipped)} skipped: their secret is not in this browser session.`;
  if (!checked.length)
    return `Nothing was checked: no customer’s secret is in this browser session (${count(skipped)}).`;
  const verdicts = new Map<string, number>();
  for (const c of checked) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
  const byVerdict = [...verdicts].map(([verdict, n]) => `${count(n)} ${verdict}`).join(', ');
  const checkedWords = `Checked ${count(checked.length)} ${checked.length === 1 ? 'customer' : 'customers'} (${byVerdict}).`;
  return skipped ? `${checkedWords} ${whySkipped}` : checkedWords;
}
