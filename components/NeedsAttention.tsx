// The customers whose secret expires within 30 days or has expired: one line that expands into the list,
// the most urgent first, each with its rotation.
import type { CustomersState } from '../lib/background/public-state';

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
  const { shown, count } = attention;
  if (!count) return null;
  const [first] = shown;
  return (
    <details class="attention">
      <summary>
        Needs attention ({count.toLocaleString('en')})
        {first && (
          <span class="hint">
            {' '}
            · most urgent: {first.label}, secret {when(first.daysLeft)}
          </span>
        )}
      </summary>
      <ul class="attention-list">
        {shown.map((a) => (
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
      {count > shown.length && (
        <button type="button" class="link-button" onClick={onOpenList}>
          See all {count.toLocaleString('en')} in the customer list
        </button>
      )}
    </details>
  );
}
