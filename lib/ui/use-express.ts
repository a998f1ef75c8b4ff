// The express page's controller: sign-in session, pre-flight, express setup and app diagnostics. It owns
// the msal session (memory only); components get plain props and callbacks from here.
import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Problem } from '../entra/problems';
import { type ConsentCapability, consentCapability } from '../express/admin-roles';
import { delegatedGraph, parsed } from '../express/delegated-graph';
import { type AppDiagnosis, diagnoseApp } from '../express/diagnose-app';
import { type ExpressOutcome, type ExpressStepId, runExpressSetup, type StepReport } from '../express/express-setup';
import { findApp } from '../express/find-app';
import { graphFailure } from '../express/graph-failure';
import { readAppFacts } from '../express/read-app-facts';
import { createSignInSession, type SignedIn, SignInError, type SignInSession } from '../express/sign-in';
import { DEFAULT_AUTHORITY } from '../express/sign-in-settings';
import { send } from '../send';
import { tryFetchPublicState } from '../state-client';

export interface SignInConfig {
  clientId?: string;
  authority?: string;
}

export interface Admin extends SignedIn {
  tenantName?: string;
  capability: ConsentCapability;
}

export interface ExpressModel {
  configured: boolean;
  signIn: { busy: boolean; admin?: Admin; error?: string };
  run: {
    busy: boolean;
    steps: Partial<Record<ExpressStepId, StepReport>>;
    outcome?: ExpressOutcome;
    handOverError?: string;
  };
  diagnosis: { busy: boolean; result?: AppDiagnosis; error?: string };
}

export interface ExpressActions {
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  runExpress: (displayName: string) => Promise<void>;
  diagnose: (id: string) => Promise<void>;
  useClientId: (clientId: string) => Promise<void>;
  openOptions: () => Promise<void>;
}

const Organization = z.object({ value: z.array(z.object({ displayName: z.string().nullish() })) });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const graphDeps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), sleep };

function readFailure(problem: Problem): string {
  const words = graphFailure('reading the app', problem, 'Press Diagnose again.');
  return `${words.title} ${words.fix}`;
}

function problemWords(error: unknown): string {
  if (error instanceof SignInError) return error.message;
  return 'Something went wrong on the way to Microsoft. Try again; nothing was changed by this attempt.';
}

export function useExpress(config: SignInConfig): { model: ExpressModel; actions: ExpressActions } {
  const session = useRef<Promise<SignInSession> | undefined>(undefined);
  const [signIn, setSignIn] = useState<ExpressModel['signIn']>({ busy: false });
  const [run, setRun] = useState<ExpressModel['run']>({ busy: false, steps: {} });
  const [diagnosis, setDiagnosis] = useState<ExpressModel['diagnosis']>({ busy: false });

  const getSession = () => {
    if (!config.clientId) throw new SignInError('Set the sign-in client ID in the options page first.');
    session.current ??= createSignInSession({
      clientId: config.clientId,
      authority: config.authority ?? DEFAULT_AUTHORITY,
    });
    return session.current;
  };
  const graph = useMemo(
    () => delegatedGraph(async () => (await getSession()).accessToken(), graphDeps),
    // The session is created on first use and kept for the page's life.
    [],
  );

  const actions: ExpressActions = {
    signIn: async () => {
      setSignIn({ busy: true });
      try {
        const who = await (await getSession()).signIn();
        const org = parsed(await graph.call('GET', '/v1.0/organization?$select=displayName'), Organization);
        const tenantName = org.ok ? (org.data.value[0]?.displayName ?? undefined) : undefined;
        setSignIn({ busy: false, admin: { ...who, tenantName, capability: consentCapability(who.wids) } });
      } catch (error) {
        setSignIn({ busy: false, error: problemWords(error) });
      }
    },
    signOut: async () => {
      await (await session.current)?.signOut();
      setSignIn({ busy: false });
      setDiagnosis({ busy: false });
    },
    runExpress: async (displayName) => {
      const admin = signIn.admin;
      if (!admin || run.busy) return;
      const steps: ExpressModel['run']['steps'] = {};
      setRun({ busy: true, steps: {} });
      // A secret the extension already holds for this app makes a new one unnecessary.
      const held = await tryFetchPublicState();
      const heldSecretFor = held?.credentials.secret ? held.credentials.clientId : undefined;
      const outcome = await runExpressSetup(
        { tenantId: admin.tenantId, displayName, capability: admin.capability, secretHeldFor: heldSecretFor },
        {
          graph,
          sleep,
          now: Date.now,
          report: (r) => {
            steps[r.step] = r;
            setRun({ busy: true, steps: { ...steps } });
          },
        },
      ).catch(
        (error): ExpressOutcome => ({
          ok: false,
          step: 'app',
          diagnosis: { title: problemWords(error), fix: 'Sign in again, then run express setup again.' },
        }),
      );
      let handOverError: string | undefined;
      if (outcome.ok) {
        const { result } = outcome;
        const reply = await send({
          type: 'express.result',
          tenantId: result.tenantId,
          tenantName: admin.tenantName,
          clientId: result.clientId,
          objectId: result.objectId,
          secret: result.secret && { value: result.secret.value, expiresAt: result.secret.expiresAt },
          consentGranted: result.consent.kind === 'granted',
        });
        if (!reply.ok) handOverError = reply.error;
      }
      // The extension holds the secret now; the page keeps no copy of its value.
      const kept: ExpressOutcome =
        outcome.ok && outcome.result.secret
          ? { ...outcome, result: { ...outcome.result, secret: { ...outcome.result.secret, value: '' } } }
          : outcome;
      setRun({ busy: false, steps: { ...steps }, outcome: kept, handOverError });
    },
    diagnose: async (id) => {
      setDiagnosis({ busy: true });
      try {
        const found = await findApp(graph, id);
        if (!found.found) {
          setDiagnosis({
            busy: false,
            error: 'message' in found ? found.message : readFailure(found.problem),
          });
          return;
        }
        const facts = await readAppFacts(graph, found.app, found.givenAs, Date.now());
        if (!facts.ok) {
          setDiagnosis({ busy: false, error: readFailure(facts.problem) });
          return;
        }
        setDiagnosis({ busy: false, result: diagnoseApp(facts.data) });
      } catch (error) {
        setDiagnosis({ busy: false, error: problemWords(error) });
      }
    },
    useClientId: async (clientId) => {
      await send({ type: 'credentials.set', field: 'clientId', value: clientId });
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
    },
  };
  return { model: { configured: !!config.clientId, signIn, run, diagnosis }, actions };
}
