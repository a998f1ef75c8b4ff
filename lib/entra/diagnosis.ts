// Each failure turned into a cause and a fix an admin understands (FACTS.md §5, §7).
import { z } from 'zod';
import { type MessageKey, plural, t } from '../i18n/t';
import type { ConsentSignals } from './consent-wait';
import type { Problem } from './problems';

export const Diagnosis = z.object({
  title: z.string(),
  fix: z.string(),
  /** Which value is probably wrong, so the popup can point at it. */
  field: z.enum(['tenantId', 'clientId', 'secret']).optional(),
  code: z.string().optional(),
  /** Microsoft's own words, first sentence only (never contains the secret). */
  microsoftText: z.string().optional(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export interface DiagnosisContext extends ConsentSignals {
  /** The Object ID seen on the app's Overview, to recognise it pasted as the client ID. */
  knownObjectId?: string;
  clientId?: string;
  /** When express setup made the app or secret being checked. */
  credentialsCreatedAt?: number;
}

interface Entry {
  title: MessageKey;
  fix: MessageKey;
  field?: Diagnosis['field'];
}

const AADSTS: Record<number, Entry> = {
  7000215: { title: 'diag_secret_rejected_title', fix: 'diag_secret_rejected_fix', field: 'secret' },
  7000222: { title: 'diag_secret_expired_title', fix: 'diag_secret_expired_fix', field: 'secret' },
  7000218: { title: 'diag_secret_missing_title', fix: 'diag_secret_missing_fix', field: 'secret' },
  700016: { title: 'diag_app_not_found_title', fix: 'diag_app_not_found_fix', field: 'clientId' },
  700038: { title: 'diag_client_id_invalid_title', fix: 'diag_copy_client_id_fix', field: 'clientId' },
  7000229: { title: 'diag_no_service_principal_title', fix: 'diag_no_service_principal_fix', field: 'clientId' },
  90002: { title: 'diag_tenant_not_found_title', fix: 'diag_tenant_not_found_fix', field: 'tenantId' },
  900023: { title: 'diag_tenant_id_invalid_title', fix: 'diag_copy_tenant_id_fix', field: 'tenantId' },
  9001023: { title: 'diag_shared_endpoint_title', fix: 'diag_shared_endpoint_fix', field: 'tenantId' },
  9002326: { title: 'diag_origin_header_title', fix: 'diag_origin_header_fix' },
  53003: { title: 'diag_conditional_access_title', fix: 'diag_conditional_access_fix' },
  70011: { title: 'diag_scope_rejected_title', fix: 'diag_scope_rejected_fix' },
  7000112: { title: 'diag_app_disabled_title', fix: 'diag_enable_app_fix' },
  70001: { title: 'diag_app_disabled_in_tenant_title', fix: 'diag_enable_app_fix' },
};

function firstSentence(text: string): string {
  const withoutTrace = text.split(/ Trace ID:/)[0] ?? text;
  return withoutTrace.length > 300 ? `${withoutTrace.slice(0, 297)}…` : withoutTrace;
}

export function diagnose(problem: Problem, context: DiagnosisContext = {}): Diagnosis {
  switch (problem.kind) {
    case 'aadsts': {
      const code = `AADSTS${problem.code}`;
      const microsoftText = firstSentence(problem.description);
      if (
        problem.code === 700016 &&
        context.knownObjectId !== undefined &&
        context.clientId?.toLowerCase() === context.knownObjectId.toLowerCase()
      ) {
        return {
          title: t('diag_object_id_title'),
          fix: t('diag_object_id_fix'),
          field: 'clientId',
          code,
          microsoftText,
        };
      }
      const known = AADSTS[problem.code];
      if (known) return { ...known, title: t(known.title), fix: t(known.fix), code, microsoftText };
      return {
        title: t('diag_aadsts_other_title', { code }),
        fix: t('diag_aadsts_other_fix'),
        code,
        microsoftText,
      };
    }
    case 'offline':
      return { title: t('diag_offline_title'), fix: t('diag_offline_fix') };
    case 'timeout':
      return { title: t('diag_timeout_title'), fix: t('diag_timeout_fix') };
    case 'throttled':
      return {
        title: t('diag_throttled_title'),
        fix: plural('diag_throttled_fix', Math.ceil(problem.retryAfterSeconds)),
      };
    case 'graph':
      if (problem.status === 403) {
        return {
          title: t('diag_graph_no_consent_title'),
          fix: t('diag_graph_no_consent_fix'),
          code: problem.code,
          microsoftText: problem.message,
        };
      }
      return {
        title: t('diag_graph_status_title', { status: String(problem.status) }),
        fix: t('diag_recheck_soon_fix'),
        code: problem.code,
        microsoftText: problem.message,
      };
    case 'unexpected':
      return {
        title: t('diag_unexpected_title'),
        fix: t('diag_recheck_soon_fix'),
        microsoftText: problem.message,
      };
  }
}
