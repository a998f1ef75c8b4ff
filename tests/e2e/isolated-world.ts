// Runs code inside the extension's content-script world of a page (its isolated world), through CDP, so
// that tests can send messages exactly as a compromised or confused content script would.
import type { CDPSession, Page } from 'playwright-core';

export interface IsolatedWorld {
  evaluate: <T>(expression: string) => Promise<T>;
  detach: () => Promise<void>;
}

export async function contentScriptWorld(page: Page, extensionName: string): Promise<IsolatedWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { isDefault?: boolean; type?: string; frameId?: string } }[] =
    [];
  session.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => {
    contexts.push(event.context);
  });
  await session.send('Runtime.enable');
  const mainFrameId = (await session.send('Page.getFrameTree')).frameTree.frame.id;
  const deadline = Date.now() + 10_000;
  let world: (typeof contexts)[number] | undefined;
  while (!world && Date.now() < deadline) {
    world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.name === extensionName && c.auxData.frameId === mainFrameId,
    );
    if (!world) await new Promise((r) => setTimeout(r, 100));
  }
  if (!world) throw new Error(`no isolated world named ${extensionName}`);
  const contextId = world.id;
  return {
    evaluate: async <T>(expression: string) => {
      const result = (await session.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value: T };
        exceptionDetails?: { text: string };
      };
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value;
    },
    detach: () => session.detach(),
  };
}
