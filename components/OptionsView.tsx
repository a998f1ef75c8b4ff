// The options page: how long the secret is kept. Props in, events out.
import { plural, t } from '../lib/i18n/t';
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
      <h1>{t('page_title_options')}</h1>
      <section class="card" aria-labelledby="secret-title">
        <h2 id="secret-title">{t('options_secret_title')}</h2>
        <p class="hint">{t('options_secret_hint')}</p>
        <div class="field-row">
          <label for="idle">{t('options_forget_after')}</label>
          <select
            id="idle"
            value={String(settings.secretIdleMinutes)}
            onChange={(e) => onChange({ secretIdleMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {IDLE_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {m < 60 ? plural('options_idle_minutes', m) : plural('options_idle_hours', m / 60)}
              </option>
            ))}
          </select>
        </div>
        <label class="checkbox-row">
          <input
            type="checkbox"
            checked={settings.forgetSecretAfterFill}
            onChange={(e) => onChange({ forgetSecretAfterFill: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('options_forget_after_fill')}
        </label>
      </section>
      <ProfilesManager {...profiles} />
      <SignInClientSettings {...signIn} />
      <GuideHealthCard {...guideHealth} />
    </main>
  );
}
