// The express page's controller: sign-in session, pre-flight, express setup and app diagnostics. It owns
// the msal session (memory only); components get plain props and callbacks from here.
import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { PublicState } from '../background/public-state';
import type { Problem } from '../entra/problems';
import { type ConsentCapability, consentCapability } from '../express/admin-roles';
import { delegatedGraph, parsed } from '../express/delegated-graph';
import { type AppDiagnosis, diagnoseApp } from '../express/diagnose-app';
import {
  type ExpressOutcome,
  type ExpressResult,
  type ExpressStepId,
  runExpressSetup,
  type StepReport,
} from '../express/express-setup';
import { findApp } from '../express/find-app';
import { graphFailure } from '../express/graph-failure';
import { readAppFacts } from '../express/read-app-facts';
import { createSignInSession, type SignedIn, SignInError, type SignInSession } from '../express/sign-in';
import { DEFAULT_AUTHORITY } from '../express/sign-in-settings';
import { t } from '../i18n/t';
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
    /** The secret's value is never in here: it stays in the controller until the background has it. */
    outcome?: ExpressOutcome;
    /** Set while the background has not taken the result (the secret is still held in memory here). */
    handOverError?: string;
  };
  diagnosis: { busy: boolean; result?: AppDiagnosis; error?: string };
}

export interface ExpressActions {
  signIn: (tenant: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** `confirmedClientId`: an existing app of that name the admin agreed to use. */
  runExpress: (displayName: string, confirmedClientId?: string) => Promise<void>;
  handOverAgain: () => Promise<void>;
  diagnose: (id: string) => Promise<void>;
  useClientId: (clientId: string, objectId: string) => Promise<void>;
  openOptions: () => Promise<void>;
}

const Organization = z.object({ value: z.array(z.object({ displayName: z.string().nullish() })) });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const graphDeps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), sleep };

function readFailure(problem: Problem): string {
  const words = graphFailure(t('doing_reading_app'), problem, t('diagnose_again'));
  return t('two_sentences', { first: words.title, second: words.fix });
}

function signInWords(error: unknown): string {
  return error instanceof SignInError ? error.message : t('sign_in_incomplete');
}

/**
 * The client ID whose secret the extension holds and may keep using: not expired, and not the one the last
 * check refused. Express setup then adds no new secret.
 */
function usableSecretFor(state: PublicState | undefined): string | undefined {
  const secret = state?.credentials.secret;
  const clientId = state?.credentials.clientId;
  if (!secret || !clientId) return undefined;
  if (secret.expiresAt && Date.parse(secret.expiresAt) <= Date.now()) return undefined;
  const last = state.check.result;
  if (last?.checkedFor.clientId === clientId && last.diagnosis?.field === 'secret') return undefined;
  return clientId;
}

/** The outcome as the page keeps it: without the secret's value. */
function withoutSecretValue(outcome: ExpressOutcome): ExpressOutcome {
  if (!outcome.ok || !outcome.result.secret) return outcome;
  return { ...outcome, result: { ...outcome.result, secret: { ...outcome.result.secret, value: '' } } };
}

export function useExpress(config: SignInConfig): { model: ExpressModel; actions: ExpressActions } {
  const session = useRef<{ key: string; ready: Promise<SignInSession> } | undefined>(undefined);
  /** A result the background has not confirmed yet, secret included; dropped once it has. */
  const pending = useRef<{ result: ExpressResult; tenantName?: string } | undefined>(undefined);
  const [signIn, setSignIn] = useState<ExpressModel['signIn']>({ busy: false });
  const [run, setRun] = useState<ExpressModel['run']>({ busy: false, steps: {} });
  /** Counts sign-ins and sign-outs, so that late answers of an earlier one are dropped. */
  const signInGeneration = useRef(0);
  const handingOver = useRef(false);
  const [diagnosis, setDiagnosis] = useState<ExpressModel['diagnosis']>({ busy: false });

  // Read through a ref: the Graph wrapper below is made once and must see settings changed since.
  const latestConfig = useRef(config);
  latestConfig.current = config;
  /**
   * One msal session per sign-in client. Settings changed in the options take effect at the next sign-in
   * (`forSignIn`); until then tokens keep coming from the session the admin signed in with.
   */
  const getSession = (forSignIn = false) => {
    const { clientId, authority } = latestConfig.current;
    if (!clientId) throw new SignInError(t('sign_in_set_client_first'));
    const key = `${clientId} ${authority ?? ''}`;
    if (!session.current || (forSignIn && session.current.key !== key)) {
      const ready = createSignInSession({ clientId, authority: authority ?? DEFAULT_AUTHORITY }).catch((error) => {
        session.current = undefined; // so that the next click tries again
        throw error;
      });
      session.current = { key, ready };
    }
    return session.current.ready;
  };
  // Made once: it asks getSession for a token on every call.
  const graph = useMemo(() => delegatedGraph(async () => (await getSession()).accessToken(), graphDeps), []);

  /** Hands the pending result to the background; the secret leaves this page only when it is taken. */
  const handOver = async (): Promise<string | undefined> => {
    const current = pending.current;
    if (!current) return undefined;
    const { result, tenantName } = current;
    const reply = await send({
      type: 'express.result',
      tenantId: result.tenantId,
      tenantName,
      clientId: result.clientId,
      objectId: result.objectId,
      secret: result.secret && { value: result.secret.value, expiresAt: result.secret.expiresAt },
      consentGranted: result.consent.kind === 'granted' && result.consent.added > 0,
    });
    if (!reply.ok) return t('express_hand_over_failed', { error: reply.error ?? '' });
    pending.current = undefined;
    return undefined;
  };

  const actions: ExpressActions = {
    signIn: async (tenant) => {
      const generation = ++signInGeneration.current;
      setSignIn({ busy: true });
      try {
        const who = await (await getSession(true)).signIn(tenant);
        const org = parsed(await graph.call('GET', '/v1.0/organization?$select=displayName'), Organization);
        const tenantName = org.ok ? (org.data.value[0]?.displayName ?? undefined) : undefined;
        if (generation !== signInGeneration.current) return;
        setSignIn({ busy: false, admin: { ...who, tenantName, capability: consentCapability(who.wids) } });
      } catch (error) {
        if (generation === signInGeneration.current) setSignIn({ busy: false, error: signInWords(error) });
      }
    },
    signOut: async () => {
      if (run.busy || diagnosis.busy) return;
      signInGeneration.current++;
      await (await session.current?.ready.catch(() => undefined))?.signOut();
      setSignIn({ busy: false });
      setDiagnosis({ busy: false });
    },
    runExpress: async (displayName, confirmedClientId) => {
      const admin = signIn.admin;
      if (!admin || run.busy || pending.current) return;
      const steps: ExpressModel['run']['steps'] = {};
      setRun({ busy: true, steps: {} });
      const outcome = await runExpressSetup(
        {
          tenantId: admin.tenantId,
          adminId: admin.userId,
          displayName,
          capability: admin.capability,
          secretHeldFor: usableSecretFor(await tryFetchPublicState()),
          confirmedClientId,
        },
        {
          graph,
          sleep,
          now: Date.now,
          report: (r) => {
            steps[r.step] = r;
            setRun({ busy: true, steps: { ...steps } });
          },
        },
      );
      if (outcome.ok) pending.current = { result: outcome.result, tenantName: admin.tenantName };
      const handOverError = await handOver();
      setRun({ busy: false, steps: { ...steps }, outcome: withoutSecretValue(outcome), handOverError });
    },
    handOverAgain: async () => {
      if (handingOver.current) return;
      handingOver.current = true;
      try {
        const handOverError = await handOver();
        setRun((current) => ({ ...current, handOverError }));
      } finally {
        handingOver.current = false;
      }
    },
    diagnose: async (id) => {
      const generation = signInGeneration.current;
      const settle = (next: ExpressModel['diagnosis']) => {
        // A diagnosis read under an earlier sign-in says nothing about the tenant signed in now.
        if (generation === signInGeneration.current) setDiagnosis(next);
      };
      setDiagnosis({ busy: true });
      const found = await findApp(graph, id);
      if (!found.found) {
        settle({ busy: false, error: 'message' in found ? found.message : readFailure(found.problem) });
        return;
      }
      const facts = await readAppFacts(graph, found.app, found.givenAs, Date.now());
      settle(
        facts.ok
          ? { busy: false, result: diagnoseApp(facts.data) }
          : { busy: false, error: readFailure(facts.problem) },
      );
    },
    useClientId: async (clientId, objectId) => {
      // The same path as express setup's result: the right profile, and no secret of another app kept.
      const admin = signIn.admin;
      if (!admin) return;
      const reply = await send({
        type: 'express.result',
        tenantId: admin.tenantId,
        tenantName: admin.tenantName,
        clientId,
        objectId,
        consentGranted: false,
      });
      if (!reply.ok) setDiagnosis((current) => ({ ...current, error: reply.error }));
    },
    openOptions: async () => {
      await browser.runtime.openOptionsPage();
    },
  };
  return { model: { configured: !!config.clientId, signIn, run, diagnosis }, actions };
}
