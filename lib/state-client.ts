// Asking the background for the public state, from any page or frame. Zod-free on purpose: in-page code
// imports it. The reply comes from this extension's own background, which builds it from parsed storage.
import type { PublicState } from './background/public-state';
import { send } from './send';

export const EMPTY_STATE: PublicState = { credentials: {}, check: { running: false }, portal: {} };

export async function fetchPublicState(): Promise<PublicState | { error: string }> {
  const reply = await send({ type: 'state.get' });
  return reply.ok ? (reply.data as PublicState) : { error: reply.error };
}

/** The state, or undefined when the background cannot be reached (e.g. the extension was reloaded). */
export async function tryFetchPublicState(): Promise<PublicState | undefined> {
  const state = await fetchPublicState();
  return 'error' in state ? undefined : state;
}
