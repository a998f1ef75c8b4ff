// Deep links into the Azure portal's App registrations (FACTS.md §3).
const PORTAL = 'https://portal.azure.com/';

export type AppBladeItem = 'Overview' | 'Credentials' | 'CallAnAPI';

export function appRegistrationsLink(): string {
  return `${PORTAL}#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`;
}

export function newRegistrationLink(): string {
  return `${PORTAL}#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false`;
}

export function appBladeLink(item: AppBladeItem, clientId: string, objectId?: string): string {
  const object = objectId ? `/objectId/${objectId}` : '';
  return `${PORTAL}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${item}/appId/${clientId}${object}/isMSAApp~/false`;
}
