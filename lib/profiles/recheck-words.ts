// What "Re-check all" says: counts by result, not one sentence per customer.
import type { CheckVerdict } from '../entra/check-result';
import { list } from '../i18n/format';
import { type PluralKey, plural, t } from '../i18n/t';

export interface RecheckSummary {
  checked: { label: string; verdict: CheckVerdict }[];
  /** How many were left alone because their secret is not in this browser session. */
  skipped: number;
  /** How many have their secret in hand but not the tenant or client ID. */
  missingIds: number;
  /** How many changed while they were being checked (another app, or made active): their result was dropped. */
  changed: number;
}

const VERDICT: Record<CheckVerdict, PluralKey> = {
  passed: 'recheck_passed',
  propagating: 'recheck_propagating',
  incomplete: 'recheck_incomplete',
  failed: 'recheck_failed',
};

export function recheckSentence(
  summary: Omit<RecheckSummary, 'checked'> & { checked: { verdict: CheckVerdict }[] },
): string {
  const { checked, skipped, missingIds, changed } = summary;
  const notes = [
    skipped ? plural('recheck_skipped_no_secret', skipped) : '',
    missingIds ? plural('recheck_skipped_no_ids', missingIds) : '',
    changed ? plural('recheck_changed', changed) : '',
  ].filter(Boolean);
  if (!checked.length && !missingIds && !changed) return plural('recheck_nothing_no_secret', skipped);
  const verdicts = new Map<CheckVerdict, number>();
  for (const c of checked) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
  const byVerdict = list([...verdicts].map(([verdict, n]) => plural(VERDICT[verdict], n)));
  const checkedWords = checked.length
    ? plural('recheck_checked', checked.length, { verdicts: byVerdict })
    : t('recheck_nothing');
  // Each note is a sentence of its own, set after the last the way the language sets sentences side by side.
  return notes.reduce((words, note) => t('two_sentences', { first: words, second: note }), checkedWords);
}
