// A Graph call that failed while acting for the signed-in admin, in words: what was being done, what
// went wrong (the check's own words for the network, throttling and unreadable answers), and what to do
// (`again` says how to retry in the caller's terms). `what` and `again` come in words already.
import { type Diagnosis, diagnose } from '../entra/diagnosis';
import type { Problem } from '../entra/problems';
import { plural, t } from '../i18n/t';

export function graphFailure(what: string, problem: Problem, again: string): Diagnosis {
  if (problem.kind !== 'graph') {
    const words = diagnose(problem);
    const fix =
      problem.kind === 'offline'
        ? t('graph_fix_offline', { again })
        : problem.kind === 'throttled'
          ? plural('graph_fix_throttled', Math.ceil(problem.retryAfterSeconds), { again })
          : again;
    return { ...words, title: t('graph_failed_while', { problem: words.title.replace(/[.。]$/, ''), what }), fix };
  }
  const microsoft = { code: problem.code, microsoftText: problem.message };
  if (problem.status === 401)
    return { title: t('graph_sign_in_expired'), fix: t('graph_sign_in_again', { again }), ...microsoft };
  if (problem.status === 403)
    return { title: t('graph_refused_while', { what }), fix: t('graph_refused_fix'), ...microsoft };
  return { title: t('graph_answered_while', { status: String(problem.status), what }), fix: again, ...microsoft };
}
