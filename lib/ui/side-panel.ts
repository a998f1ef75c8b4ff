// Opening the assistant beside the page: Chromium's sidePanel, Firefox's sidebar_action (built from the
// same sidepanel entrypoint by WXT). Firefox opens its sidebar only inside the click's own handler, so
// sidebarAction.open() is called before anything is awaited.
import { browser } from 'wxt/browser';

type SidebarAction = { open: () => Promise<void> };

export function sidePanelOpener(): (() => Promise<void>) | undefined {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebarAction) {
    return async () => {
      await sidebarAction.open();
      window.close();
    };
  }
  if (!browser.sidePanel) return undefined;
  return async () => {
    const current = await browser.windows.getCurrent();
    if (current.id !== undefined) await browser.sidePanel.open({ windowId: current.id });
    window.close();
  };
}
