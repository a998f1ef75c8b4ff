// The guide reaches every frame that needs it, whatever the order of frame load and route change.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUIDE_SCRIPT, loadGuide, loadGuideInAllFrames } from '../../lib/background/guide-frames';
import { write } from '../../lib/store';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const HOME = '#home';

describe('loading the guide', () => {
  let inject: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    inject = vi.fn(async () => []);
    browser.scripting.executeScript = inject as unknown as typeof browser.scripting.executeScript;
  });

  it('a blade frame that loaded before the route reached App registrations gets the guide when it does', async () => {
    await write('portalRoutes', { 7: HOME });
    expect(await loadGuide(7, 3, 'blade', 'portal.azure.com')).toBe(false);
    expect(inject).not.toHaveBeenCalled();

    await write('portalRoutes', { 7: LIST });
    await loadGuideInAllFrames(7, HOME);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: [GUIDE_SCRIPT] });
    // Moves within App registrations inject nothing more.
    inject.mockClear();
    await loadGuideInAllFrames(7, LIST);
    expect(inject).not.toHaveBeenCalled();
  });

  it('a blade frame that loads after the route changed gets it at once', async () => {
    await write('portalRoutes', { 7: LIST });
    expect(await loadGuide(7, 3, 'blade', 'portal.azure.com')).toBe(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [GUIDE_SCRIPT] });
  });

  it('elsewhere in the portal nothing is loaded; where the setup starts, the top frame gets it', async () => {
    await write('portalRoutes', { 7: '#view/Microsoft_Azure_Billing/BillingMenuBlade' });
    await loadGuideInAllFrames(7, HOME);
    expect(await loadGuide(7, 0, 'top', 'portal.azure.com')).toBe(false);
    await write('portalRoutes', { 7: HOME });
    expect(await loadGuide(7, 0, 'top', 'portal.azure.com')).toBe(false);
    expect(inject).not.toHaveBeenCalled();
    expect(await loadGuide(7, 0, 'top', 'entra.microsoft.com')).toBe(true);
    await write('portalRoutes', { 7: '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview' });
    expect(await loadGuide(7, 0, 'top', 'portal.azure.com')).toBe(true);
    expect(await loadGuide(7, 3, 'blade', 'portal.azure.com')).toBe(false);
  });

  it('elsewhere in the portal nothing is loaded, also while a setup is under way', async () => {
    await write('credentials', { clientId: crypto.randomUUID() });
    await write('portalRoutes', {
      7: '#view/HubsExtension/BrowseResource/resourceType/Microsoft.Compute%2FVirtualMachines',
    });
    expect(await loadGuide(7, 0, 'top', 'portal.azure.com')).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
