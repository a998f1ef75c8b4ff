// The customers whose secret expires within 30 days or has expired: one line that expands into the list,
// the most urgent first, each with its rotation.
import type { CustomersState } from '../lib/background/public-state';
import { plural, t } from '../lib/i18n/t';

interface Props {
  attention: CustomersState['attention'];
  onRotate: (id: string) => void;
  onOpenList: () => void;
}

function item(label: string, daysLeft: number): string {
  if (daysLeft < 0) return plural('attention_item_expired', -daysLeft, { label });
  if (daysLeft === 0) return t('attention_item_today', { label });
  return plural('attention_item_expires', daysLeft, { label });
}

function mostUrgent(label: string, daysLeft: number): string {
  if (daysLeft < 0) return plural('attention_urgent_expired', -daysLeft, { label });
  if (daysLeft === 0) return t('attention_urgent_today', { label });
  return plural('attention_urgent_expires', daysLeft, { label });
}

export function NeedsAttention({ attention, onRotate, onOpenList }: Props) {
  const { shown, count } = attention;
  if (!count) return null;
  const [first] = shown;
  return (
    <details class="attention">
      <summary>
        {t('attention_title', { count })}
        {first && <span class="hint"> {mostUrgent(first.label, first.daysLeft)}</span>}
      </summary>
      <ul class="attention-list">
        {shown.map((a) => (
          <li key={a.id} class={a.daysLeft < 0 ? 'attention-expired' : undefined}>
            <span>{item(a.label, a.daysLeft)}</span>
            {a.rotating ? (
              <span class="hint">{t('attention_rotating')}</span>
            ) : (
              <button
                type="button"
                aria-label={t('attention_rotate_label', { label: a.label })}
                onClick={() => onRotate(a.id)}
              >
                {t('attention_rotate')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {count > shown.length && (
        <button type="button" class="link-button" onClick={onOpenList}>
          {plural('attention_see_all', count)}
        </button>
      )}
    </details>
  );
}
