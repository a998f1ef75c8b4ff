// A secret rotation in progress: new secret, check, both idemeum forms, and only then the old secret's
// deletion in the portal (never before: idemeum would break in between).
import type { PublicState } from '../lib/background/public-state';
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
    { label: 'Create a new client secret in the portal', done: newSecret },
    { label: 'Check it', done: checked },
    { label: 'Send it to both idemeum forms and save them', done: sent },
  ];
  return (
    <section class="card rotation" aria-labelledby="rotation-title">
      <h2 id="rotation-title">Rotating {profile.label}’s secret</h2>
      <ol class="checklist">
        {steps.map((s) => (
          <li key={s.label} class={`step ${s.done ? 'step-done' : ''}`}>
            <span class="step-mark" aria-hidden="true">
              {s.done ? '✓' : '○'}
            </span>
            {s.label}
            <span class="visually-hidden">{s.done ? ' (Done)' : ' (To do)'}</span>
          </li>
        ))}
      </ol>
      {sent ? (
        <div class="banner banner-warning" role="status">
          <p>
            idemeum now uses the new secret. Delete the old one
            {rotation.oldHint ? ` (${rotation.oldHint}…)` : ''} in Certificates & secrets.
          </p>
          {clientId && (
            <a href={appBladeLink('Credentials', clientId)} target="_blank" rel="noreferrer">
              Open Certificates & secrets
            </a>
          )}{' '}
          <button type="button" onClick={() => void actions.finishRotation(profile.id)}>
            I deleted the old secret
          </button>
        </div>
      ) : (
        <p class="hint">Keep the old secret until idemeum works with the new one.</p>
      )}
    </section>
  );
}
