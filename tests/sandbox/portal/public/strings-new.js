// The English wording of late-2025 portals (FACTS.md §3a), where it differs from the older one (the keys).
export const NEW_ENGLISH = {
  'Accounts in this organizational directory only ({tenant} only - Single tenant)': 'Single tenant only - {tenant}',
  'Certificates & secrets': 'Certificates and secrets',
  'Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant)': 'Multitenant',
  'Accounts in any organizational directory (Any Microsoft Entra ID tenant - Multitenant) and personal Microsoft accounts (e.g. Skype, Xbox)':
    'Multitenant and personal Microsoft accounts (e.g. Skype, Xbox)',
};
