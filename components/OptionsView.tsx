// The options page: how long the secret is kept. Props in, events out.
import type { Settings } from '../lib/store';
import { GuideHealthCard, type GuideHealthCardProps } from './GuideHealthCard';
import { ProfilesManager, type ProfilesManagerProps } from './ProfilesManager';
import { SignInClientSettings, type SignInClientSettingsProps } from './SignInClientSettings';

const IDLE_CHOICES = [15, 30, 60, 120, 480, 1440];

export interface OptionsViewProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  profiles: ProfilesManagerProps;
  signIn: SignInClientSettingsProps;
  guideHealth: GuideHealthCardProps;
}

export function OptionsView({ settings, onChange, profiles, signIn, guideHealth }: OptionsViewProps) {
  return (
    <main class="panel options">
      <h1>idemeum setup assistant: options</h1>
      <section class="card" aria-labelledby="secret-title">
        <h2 id="secret-title">Client secret</h2>
        <p class="hint">
          The secret is kept only in the browser’s memory for this extension (never on disk) and is forgotten when the
          browser closes, or earlier:
        </p>
        <label class="field-row" for="idle">
          Forget it after
          <select
            id="idle"
            value={String(settings.secretIdleMinutes)}
            onChange={(e) => onChange({ secretIdleMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {IDLE_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {m < 60 ? `${m} minutes` : m === 60 ? '1 hour' : `${m / 60} hours`} without use
              </option>
            ))}
          </select>
        </label>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={settings.forgetSecretAfterFill}
            onChange={(e) => onChange({ forgetSecretAfterFill: (e.currentTarget as HTMLInputElement).checked })}
          />
          Forget it right after it is filled into idemeum
        </label>
      </section>
      <ProfilesManager {...profiles} />
      <SignInClientSettings {...signIn} />
      <GuideHealthCard {...guideHealth} />
    </main>
  );
}
