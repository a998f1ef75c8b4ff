// A Graph call that failed while acting for the signed-in admin, in words: what was being done, what
// went wrong, and what to do (`again` says how to retry in the caller's terms).
import type { Diagnosis } from '../entra/diagnosis';
import type { Problem } from '../entra/problems';

export function graphFailure(what: string, problem: Problem, again: string): Diagnosis {
  switch (problem.kind) {
    case 'offline':
      return { title: `Could not reach Microsoft while ${what}.`, fix: `Check the network connection. ${again}` };
    case 'timeout':
      return { title: `Microsoft did not answer in time while ${what}.`, fix: again };
    case 'throttled':
      return {
        title: `Microsoft Graph is throttling requests (while ${what}).`,
        fix: `Wait about ${Math.ceil(problem.retryAfterSeconds)} seconds. ${again}`,
      };
    case 'graph':
      if (problem.status === 401) {
        return { title: 'Your sign-in has expired.', fix: `Sign in again. ${again}`, code: problem.code };
      }
      if (problem.status === 403) {
        return {
          title: `Microsoft Graph refused ${what} (403): your account lacks the permission for it.`,
          fix: 'Ask an administrator who may register applications, or use the guided setup in the portal.',
          code: problem.code,
          microsoftText: problem.message,
        };
      }
      return {
        title: `Microsoft Graph answered ${problem.status} while ${what}.`,
        fix: again,
        code: problem.code,
        microsoftText: problem.message,
      };
    default:
      return { title: `Microsoft answered in a way the extension could not read while ${what}.`, fix: again };
  }
}
