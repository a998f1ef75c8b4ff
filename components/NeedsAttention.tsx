// The customers whose secret expires within 30 days or has expired: one line that expands into the list,
// the most urgent first, each with its rotation.
import type { CustomersState } from '../lib/background/public-state';

/** Rendered at most; the options page lists them all. */
const SHOWN = 50;

interface Props {
  attention: CustomersState['attention'];
  onRotate: (id: string) => void;
  onOpenList: () => void;
}

function when(daysLeft: number): string {
  if (daysLeft < 0) return `expired ${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} ago`;
  if (daysLeft === 0) return 'expires today';
  return `expires in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
}

export function NeedsAttention({ attention, onRotate, onOpenList }: Props) {
  if (!attention.length) return null;
  const [first] = attention;
  return (
    <details class="attention">
      <summary>
        Needs attention ({attention.length})
        {first && (
          <span class="hint">
            {' '}
            · most urgent: {first.label}, secret {when(first.daysLeft)}
          </span>
        )}
      </summary>
      <ul class="attention-list">
        {attention.slice(0, SHOWN).map((a) => (
          <li key={a.id} class={a.daysLeft < 0 ? 'attention-expired' : undefined}>
            <span>
              {a.label}: secret {when(a.daysLeft)}
            </span>
            {a.rotating ? (
              <span class="hint">rotating</span>
            ) : (
              <button type="button" aria-label={`Rotate ${a.label}’s secret`} onClick={() => onRotate(a.id)}>
                Rotate
              </button>
            )}
          </li>
        ))}
      </ul>
      {attention.length > SHOWN && (
        <button type="button" class="link-button" onClick={onOpenList}>
          See all {attention.length} in the customer list
        </button>
      )}
    </details>
  );
}
