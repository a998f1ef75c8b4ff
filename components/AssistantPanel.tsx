// The popup and side panel: checklist, credentials, permissions, expiry. Props in, events out.
import type { PublicState } from '../lib/background/public-state';
import { deriveChecklist } from '../lib/checklist';
import { t, tParts } from '../lib/i18n/t';
import type { AssistantActions } from '../lib/ui/assistant-client';
import { Checklist } from './Checklist';
import { CredentialsCard } from './CredentialsCard';
import { PermissionsCard } from './PermissionsCard';
import { PortalNotes } from './PortalNotes';
import { ProfilesCard } from './ProfilesCard';
import { RotationCard } from './RotationCard';
import { SendCard } from './SendCard';

export interface AssistantPanelProps {
  state: PublicState;
  /** The popup offers to move into the side panel; the side panel itself does not. */
  inSidePanel?: boolean;
  error?: string;
  actions: AssistantActions;
  now?: number;
}

export function AssistantPanel({ state, error, actions, inSidePanel = false, now = Date.now() }: AssistantPanelProps) {
  const active = state.profiles?.active;
  const rotating = active?.rotation ? { ...active, rotation: active.rotation } : undefined;
  return (
    <main class="panel">
      <header class="panel-header">
        <h1>{t('panel_title')}</h1>
        {!inSidePanel && actions.openSidePanel && (
          <button type="button" class="link-button" onClick={() => void actions.openSidePanel?.()}>
            {t('panel_side_panel')}
          </button>
        )}
      </header>
      {error && (
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <PortalNotes portal={state.portal} onNewProfile={(label) => void actions.createProfile(label)} />
      {state.profiles && <ProfilesCard profiles={state.profiles} actions={actions} now={now} />}
      {rotating && <RotationCard profile={rotating} state={state} actions={actions} />}
      <Checklist items={deriveChecklist(state)} />
      <CredentialsCard
        credentials={state.credentials}
        diagnosis={state.check.result?.diagnosis}
        actions={actions}
        now={now}
      />
      <PermissionsCard
        check={state.check}
        review={state.portal.review}
        onRecheck={actions.recheck}
        canCheck={hasAllValues(state)}
        now={now}
      />
      <SendCard state={state} actions={actions} />
      <p class="hint">
        {tParts('panel_express_offer', {
          express: (
            <button type="button" class="link-button" onClick={() => void actions.openExpress()}>
              {t('panel_express_button')}
            </button>
          ),
        })}
      </p>
    </main>
  );
}

function hasAllValues(state: PublicState): boolean {
  const c = state.credentials;
  return !!c.tenantId && !!c.clientId && !!c.secret;
}
