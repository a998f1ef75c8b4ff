import type { ChecklistItem } from '../lib/checklist';
import { t } from '../lib/i18n/t';

const statusWords = { done: 'status_done', current: 'status_current', todo: 'status_todo' } as const;

export function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <section class="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklist_title')}</h2>
      <ol class="checklist">
        {items.map((item) => (
          <li
            key={item.id}
            class={`step step-${item.status}`}
            aria-current={item.status === 'current' ? 'step' : undefined}
          >
            <span class="step-mark" aria-hidden="true">
              {item.status === 'done' ? '✓' : item.status === 'current' ? '→' : '○'}
            </span>
            <span class="step-label">
              {item.link ? (
                <a href={item.link} target="_blank" rel="noreferrer">
                  {item.label}
                </a>
              ) : (
                item.label
              )}
              <span class="visually-hidden"> {t('status_in_parens', { status: t(statusWords[item.status]) })}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
