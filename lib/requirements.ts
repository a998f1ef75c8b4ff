// The 12 Microsoft Graph application permissions idemeum needs (FACTS.md §2): the one list in the code.
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export const REQUIRED_GRAPH_ROLES = [
  { name: 'Organization.Read.All', id: '498476ce-e0fe-48b0-b801-37ba7e2685c6' },
  { name: 'User.Read.All', id: 'df021288-bdef-4463-88db-98f22de89214' },
  { name: 'User.ReadWrite.All', id: '741f803b-c850-494e-b5df-cde7c675a1ca' },
  { name: 'User.Invite.All', id: '09850681-111b-4a89-9bed-3f2cae46d706' },
  { name: 'Group.Read.All', id: '5b567255-7703-4780-807c-7be8301ae99b' },
  { name: 'RoleManagement.Read.All', id: 'c7fbd983-d9aa-4fa7-84b8-17382c103bc4' },
  { name: 'RoleManagement.ReadWrite.Directory', id: '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8' },
  { name: 'User.EnableDisableAccount.All', id: '3011c876-62b7-4ada-afa2-506cbbecc68c' },
  { name: 'User.ManageIdentities.All', id: 'c529cfca-c91b-489c-af2b-d92990b66ce6' },
  { name: 'Domain.ReadWrite.All', id: '7e05723c-0bb0-42da-be95-ae9f08a6e53c' },
  { name: 'Directory.ReadWrite.All', id: '19dbc75e-c2e2-444c-a770-ec69d8559fc7' },
  { name: 'User-PasswordProfile.ReadWrite.All', id: 'cc117bb9-00cf-4eb8-b580-ea2a878fe8f7' },
] as const;

export type RequiredRoleName = (typeof REQUIRED_GRAPH_ROLES)[number]['name'];

const byId = new Map<string, RequiredRoleName>(REQUIRED_GRAPH_ROLES.map((r) => [r.id, r.name]));

export function requiredRoleNameById(appRoleId: string): RequiredRoleName | undefined {
  return byId.get(appRoleId.toLowerCase());
}
