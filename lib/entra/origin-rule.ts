// The background's POST carries "Origin: chrome-extension://<id>" (Chromium) or "moz-extension://<uuid>"
// (Firefox), and Entra then refuses a confidential client with AADSTS9002326 (FACTS.md §5). A session rule
// removes it, scoped to the client-credentials request only: msal-browser's own code redemption (in the
// express page) needs its Origin. Two guards keep the rule off it: only requests made outside any tab
// (tabId -1: the service worker or Firefox's event page; in both browsers also the popup and the side
// panel or sidebar, which make no token request), and only the bare token URL, while msal's always carries
// a query string (client-request-id…).
import type { Browser } from 'wxt/browser';

export const ORIGIN_RULE_ID = 1;

/**
 * The host of the extension's own pages, which is what initiatorDomains matches: the extension id in
 * Chromium, but in Firefox the moz-extension:// UUID, not runtime.id (the gecko id, refused as "Invalid domain").
 */
export function extensionPagesHost(rootUrl: string): string {
  return new URL(rootUrl).hostname;
}

export function originRemovalRule(extensionHost: string): Browser.declarativeNetRequest.Rule {
  return {
    id: ORIGIN_RULE_ID,
    priority: 1,
    action: {
      type: 'modifyHeaders' as Browser.declarativeNetRequest.RuleActionType,
      requestHeaders: [{ header: 'origin', operation: 'remove' as Browser.declarativeNetRequest.HeaderOperation }],
    },
    condition: {
      regexFilter: '^https://login\\.microsoftonline\\.com/[^/?#]+/oauth2/v2\\.0/token$',
      initiatorDomains: [extensionHost],
      tabIds: [-1],
      requestMethods: ['post' as Browser.declarativeNetRequest.RequestMethod],
      resourceTypes: ['xmlhttprequest' as Browser.declarativeNetRequest.ResourceType],
    },
  };
}
