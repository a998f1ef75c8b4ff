// A Graph call that failed while acting for the signed-in admin, in words: what was being done, what
// went wrong (the check's own words for the network, throttling and unreadable answers), and what to do
// (`again` says how to retry in the caller's terms).
import { type Diagnosis, diagnose } from '../entra/diagnosis';
import type { Problem } from '../entra/problems';

export function graphFailure(what: string, problem: Problem, again: string): Diagnosis {
  if (problem.kind !== 'graph') {
    const words = diagnose(problem);
    const before =
      problem.kind === 'offline'
        ? 'Check the network connection. '
        : problem.kind === 'throttled'
          ? `Wait about ${Math.ceil(problem.retryAfterSeconds)} seconds. `
          : '';
    return { ...words, title: `${words.title.replace(/\.$/, '')} (while ${what}).`, fix: `${before}${again}` };
  }
  const microsoft = { code: problem.code, microsoftText: problem.message };
  if (problem.status === 401)
    return { title: 'Your sign-in has expired.', fix: `Sign in again. ${again}`, ...microsoft };
  if (problem.status === 403) {
    return {
      title: `Microsoft Graph refused this to your account (403) while ${what}.`,
      fix: 'Sign in as an administrator who may register applications (Application Administrator or higher), or use the guided setup in the portal.',
      ...microsoft,
    };
  }
  return { title: `Microsoft Graph answered ${problem.status} while ${what}.`, fix: again, ...microsoft };
}
