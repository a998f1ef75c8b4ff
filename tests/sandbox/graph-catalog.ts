// Microsoft Graph's own catalogue as the emulator serves it: app roles (application permissions) and
// oauth2 scopes (delegated). Kept apart from the extension's lib/requirements on purpose: the sandbox is
// an independent oracle, so a wrong id in the extension makes a test fail instead of agreeing with itself.
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export const graphAppRoles: ReadonlyArray<{ id: string; value: string }> = [
  { id: '498476ce-e0fe-48b0-b801-37ba7e2685c6', value: 'Organization.Read.All' },
  { id: 'df021288-bdef-4463-88db-98f22de89214', value: 'User.Read.All' },
  { id: '741f803b-c850-494e-b5df-cde7c675a1ca', value: 'User.ReadWrite.All' },
  { id: '09850681-111b-4a89-9bed-3f2cae46d706', value: 'User.Invite.All' },
  { id: '5b567255-7703-4780-807c-7be8301ae99b', value: 'Group.Read.All' },
  { id: 'c7fbd983-d9aa-4fa7-84b8-17382c103bc4', value: 'RoleManagement.Read.All' },
  { id: '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8', value: 'RoleManagement.ReadWrite.Directory' },
  { id: '3011c876-62b7-4ada-afa2-506cbbecc68c', value: 'User.EnableDisableAccount.All' },
  { id: 'c529cfca-c91b-489c-af2b-d92990b66ce6', value: 'User.ManageIdentities.All' },
  { id: '7e05723c-0bb0-42da-be95-ae9f08a6e53c', value: 'Domain.ReadWrite.All' },
  { id: '19dbc75e-c2e2-444c-a770-ec69d8559fc7', value: 'Directory.ReadWrite.All' },
  { id: 'cc117bb9-00cf-4eb8-b580-ea2a878fe8f7', value: 'User-PasswordProfile.ReadWrite.All' },
  // Not needed by idemeum; present so that "extras" and look-alikes can be exercised.
  { id: 'dbb9058a-0e50-45d7-ae91-66909b5d4664', value: 'Domain.Read.All' },
  { id: '7ab1d382-f21e-4acd-a863-ba3e13f7da61', value: 'Directory.Read.All' },
  { id: '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9', value: 'Application.ReadWrite.All' },
];

/** `type` is Graph's own: 'User' scopes a user may consent to, 'Admin' ones need an administrator's consent. */
export const graphDelegatedScopes: ReadonlyArray<{ id: string; value: string; type: 'User' | 'Admin' }> = [
  { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', value: 'User.Read', type: 'User' },
  { id: 'a154be20-db9c-4678-8ab7-66f6cc099a59', value: 'User.Read.All', type: 'Admin' },
  { id: '204e0828-b5ca-4ad8-b9f3-f32a958e7cc4', value: 'User.ReadWrite.All', type: 'Admin' },
  { id: 'd01b97e9-cbc0-49fe-810a-750afd5527a3', value: 'RoleManagement.ReadWrite.Directory', type: 'Admin' },
  { id: 'f92e74e7-2563-467f-9dd0-902688cb5863', value: 'User.EnableDisableAccount.All', type: 'Admin' },
  { id: '0b5d694c-a244-4bde-86e6-eb5cd07730fe', value: 'Domain.ReadWrite.All', type: 'Admin' },
  { id: 'c5366453-9fb0-48a5-a156-24f0c49a4b84', value: 'Directory.ReadWrite.All', type: 'Admin' },
  { id: '56760768-b641-451f-8906-e1b8ab31bca7', value: 'User-PasswordProfile.ReadWrite.All', type: 'Admin' },
  // What the extension's own sign-in asks for (express setup).
  { id: 'bdfbf15f-ee85-4955-8675-146e8e5296b5', value: 'Application.ReadWrite.All', type: 'Admin' },
  { id: '84bccea3-f856-4a8a-967b-dbe0a3d53a64', value: 'AppRoleAssignment.ReadWrite.All', type: 'Admin' },
  { id: '4908d5b9-3fb2-4b1e-9336-1888b7937185', value: 'Organization.Read.All', type: 'Admin' },
  { id: '5f8c59db-677d-491f-a6b8-5f174b11ec1d', value: 'Group.Read.All', type: 'Admin' },
];

export const USER_READ_DELEGATED_ID = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d';
