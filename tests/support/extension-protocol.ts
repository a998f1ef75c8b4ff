// The extension's protocol as its own pages speak it, for both browsers' tests: each harness gives
// `send` (a message from an extension page), these helpers give meaning.
export type Reply<T = unknown> = { ok: boolean; error?: string; data?: T };
export type Send = <T = unknown>(m: unknown) => Promise<Reply<T>>;

export interface CheckView {
  verdict: string;
  permissions: { name: string; status: string }[];
  diagnosis?: { title: string; fix: string; code?: string; field?: string; microsoftText?: string };
  domains: { name: string; isDefault: boolean }[];
  groups: { displayName: string }[];
  requestCount: number;
  checkedAt: number;
}

export interface StateView {
  credentials: { tenantId?: string; clientId?: string; secret?: { masked: string } };
  check: { running: boolean; result?: CheckView; nextRecheckAt?: number };
  idemeum?: { host?: string; userSourceSavedAt?: number; jitSavedAt?: number };
}

export async function setCredentialsWith(send: Send, values: { tenantId: string; clientId: string; secret: string }) {
  await send({ type: 'credentials.forget' });
  for (const [field, value] of Object.entries(values)) {
    const reply = await send({ type: 'credentials.set', field, value });
    if (!reply.ok) throw new Error(`credentials.set ${field}: ${reply.error}`);
  }
}

export async function stateWith(send: Send): Promise<StateView> {
  const reply = await send<StateView>({ type: 'state.get' });
  return reply.data!;
}

export async function runCheckWith(send: Send): Promise<CheckView> {
  const reply = await send<{ check: { result?: CheckView } }>({ type: 'check.run' });
  if (!reply.ok || !reply.data?.check.result) throw new Error(`check.run: ${reply.error ?? 'no result'}`);
  return reply.data.check.result;
}
