// Each failure turned into a cause and a fix an admin understands (FACTS.md §5, §7).
import { z } from 'zod';
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

type Entry = Omit<Diagnosis, 'code' | 'microsoftText'>;

const AADSTS: Record<number, Entry> = {
  7000215: {
    title: 'Entra rejected the client secret.',
    fix: 'This is usually the Secret ID pasted instead of the secret’s Value. In Certificates & secrets, create a new client secret and capture its Value right away.',
    field: 'secret',
  },
  7000222: {
    title: 'The client secret has expired.',
    fix: 'Create a new client secret in Certificates & secrets, then send it to idemeum again.',
    field: 'secret',
  },
  7000218: { title: 'No client secret was sent.', fix: 'Capture or paste the client secret’s Value.', field: 'secret' },
  700016: {
    title: 'No application with this client ID exists in this tenant.',
    fix: 'Use the Application (client) ID from the app’s Overview, not the Object ID, and check that the Directory (tenant) ID belongs to the same tenant.',
    field: 'clientId',
  },
  700038: {
    title: 'The client ID is not a valid application identifier.',
    fix: 'Copy the Application (client) ID from the app’s Overview page.',
    field: 'clientId',
  },
  7000229: {
    title: 'The app has no service principal (enterprise application) in this tenant.',
    fix: 'Open the app registration once in the portal’s Enterprise applications, or create it with the express setup, then check again.',
    field: 'clientId',
  },
  90002: {
    title: 'No Entra tenant has this Directory (tenant) ID.',
    fix: 'Copy the Directory (tenant) ID from the app’s Overview page; check for a missing or swapped character.',
    field: 'tenantId',
  },
  900023: {
    title: 'The tenant ID is neither a GUID nor a domain.',
    fix: 'Copy the Directory (tenant) ID from the app’s Overview page.',
    field: 'tenantId',
  },
  9001023: {
    title: 'The request went to a shared endpoint instead of your tenant.',
    fix: 'Use your own Directory (tenant) ID, not "common" or "organizations".',
    field: 'tenantId',
  },
  9002326: {
    title: 'Entra refused the request because the browser added an Origin header.',
    fix: 'Reload the extension (chrome://extensions) and check again; if it persists, the browser blocks the extension’s header rule.',
  },
  53003: {
    title: 'A Conditional Access policy blocks this app from getting tokens.',
    fix: 'Ask whoever manages Conditional Access to exclude this workload identity, or allow it from idemeum’s addresses.',
  },
  70011: { title: 'Entra rejected the requested scope.', fix: 'This is a bug in the extension; please report it.' },
  7000112: { title: 'The application is disabled.', fix: 'Enable the app in Enterprise applications → Properties.' },
  70001: {
    title: 'The application is disabled in this tenant.',
    fix: 'Enable the app in Enterprise applications → Properties.',
  },
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
          title: 'That is the Object ID, not the Application (client) ID.',
          fix: 'On the app’s Overview, use the value labelled Application (client) ID.',
          field: 'clientId',
          code,
          microsoftText,
        };
      }
      const known = AADSTS[problem.code];
      if (known) return { ...known, code, microsoftText };
      return {
        title: `Entra refused the credentials (${code}).`,
        fix: 'Read Microsoft’s message below; check the three values and try again.',
        code,
        microsoftText,
      };
    }
    case 'offline':
      return {
        title: 'Could not reach Microsoft.',
        fix: 'Check the network connection (or a proxy or firewall), then press Re-check. Nothing was lost.',
      };
    case 'timeout':
      return { title: 'Microsoft did not answer in time.', fix: 'Press Re-check in a moment. Nothing was lost.' };
    case 'throttled':
      return {
        title: 'Microsoft Graph is throttling requests.',
        fix: `Wait about ${Math.ceil(problem.retryAfterSeconds)} seconds, then press Re-check.`,
      };
    case 'graph':
      if (problem.status === 403) {
        return {
          title: 'Admin consent has not been granted (Microsoft Graph answered 403).',
          fix: 'In API permissions, press "Grant admin consent for <tenant>" and confirm with Yes. If you just did, wait a minute: Microsoft takes a while to apply it.',
          code: problem.code,
          microsoftText: problem.message,
        };
      }
      return {
        title: `Microsoft Graph answered ${problem.status}.`,
        fix: 'Press Re-check in a moment.',
        code: problem.code,
        microsoftText: problem.message,
      };
    case 'unexpected':
      return {
        title: 'Microsoft gave an answer the extension could not read.',
        fix: 'Press Re-check in a moment.',
        microsoftText: problem.message,
      };
  }
}
