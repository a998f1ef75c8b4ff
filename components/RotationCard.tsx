// A secret rotation in progress: new secret, check, both idemeum forms, and only then the old secret's
// deletion in the portal (never before: idemeum would break in between).
import type { PublicState } from '../lib/background/public-state';
import { t } from '../lib/i18n/t';
import { appBladeLink } from '../lib/portal-links';
import type { Profile } from '../lib/profiles/profile';
import type { AssistantActions } from '../lib/ui/assistant-client';

interface Props {
  profile: Profile & { rotation: NonNullable<Profile['rotation']> };
  state: PublicState;
  actions: AssistantActions;
}

export function RotationCard({ profile, state, actions }: Props) {
  const { rotation } = profile;
  const newSecret = !!state.credentials.secret;
  const checked = state.check.result?.verdict === 'passed';
  const since = (t?: number) => !!t && t >= rotation.startedAt;
  const sent = since(state.idemeum?.userSourceSavedAt) && since(state.idemeum?.jitSavedAt);
  const clientId = state.credentials.clientId;
  const steps = [
    { label: t('rotation_new_secret'), done: newSecret },
    { label: t('rotation_check'), done: checked },
    { label: t('rotation_send'), done: sent },
  ];
  return (
    <section class="card rotation" aria-labelledby="rotation-title">
      <h2 id="rotation-title">{t('rotation_title', { name: profile.label })}</h2>
      <ol class="checklist">
        {steps.map((s) => (
          <li key={s.label} class={`step ${s.done ? 'step-done' : ''}`}>
            <span class="step-mark" aria-hidden="true">
              {s.done ? '✓' : '○'}
            </span>
            {s.label}
            <span class="visually-hidden">
              {' '}
              {t('status_in_parens', { status: t(s.done ? 'status_done' : 'status_todo') })}
            </span>
          </li>
        ))}
      </ol>
      {sent ? (
        <div class="banner banner-warning" role="status">
          <p>
            {rotation.oldHint
              ? t('rotation_delete_old_hint', { hint: `${rotation.oldHint}…` })
              : t('rotation_delete_old')}
          </p>
          {clientId && (
            <a href={appBladeLink('Credentials', clientId)} target="_blank" rel="noreferrer">
              {t('rotation_open_credentials')}
            </a>
          )}{' '}
          <button type="button" onClick={() => void actions.finishRotation(profile.id)}>
            {t('rotation_deleted')}
          </button>
        </div>
      ) : (
        <p class="hint">{t('rotation_keep_old')}</p>
      )}
    </section>
  );
}
