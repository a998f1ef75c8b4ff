// The express page: sign in, express setup, and diagnostics of an existing app.
import type { PublicState } from '../lib/background/public-state';
import { t } from '../lib/i18n/t';
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
      <h1>{t('express_page_title')}</h1>
      <p class="hint">{t('express_page_intro')}</p>
      <SignInCard model={model} actions={actions} />
      <ExpressCard model={model} actions={actions} check={check} />
      <AppDiagnosisCard model={model} actions={actions} heldClientId={heldClientId} />
    </main>
  );
}
