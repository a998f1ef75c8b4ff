// The express page: sign in, express setup, and diagnostics of an existing app.
import type { PublicState } from '../lib/background/public-state';
import type { ExpressActions, ExpressModel } from '../lib/ui/use-express';
import { AppDiagnosisCard } from './AppDiagnosisCard';
import { ExpressCard } from './ExpressCard';
import { SignInCard } from './SignInCard';

export interface ExpressViewProps {
  model: ExpressModel;
  actions: ExpressActions;
  heldClientId?: string;
  /** The extension's own check, to show how the landed values fare. */
  check?: PublicState['check'];
}

export function ExpressView({ model, actions, heldClientId, check }: ExpressViewProps) {
  return (
    <main class="panel">
      <h1>Express setup through Microsoft Graph</h1>
      <p class="hint">
        For an administrator who may sign in to the customer’s tenant: the whole app registration in one go, instead of
        clicking through the portal.
      </p>
      <SignInCard model={model} actions={actions} />
      <ExpressCard model={model} actions={actions} check={check} />
      <AppDiagnosisCard model={model} actions={actions} heldClientId={heldClientId} />
    </main>
  );
}
