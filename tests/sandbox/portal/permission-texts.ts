// What the portal prints beside each Microsoft Graph permission: its admin display name and whether admin
// consent is required by default. Kept out of graph-catalog.ts because only the portal replica shows them.
export interface PermissionText {
  description: string;
  adminConsentRequired: boolean;
}

const applicationDescriptions: Record<string, string> = {
  'Organization.Read.All': 'Read organization information',
  'User.Read.All': "Read all users' full profiles",
  'User.ReadWrite.All': "Read and write all users' full profiles",
  'User.Invite.All': 'Invite guest users to the organization',
  'Group.Read.All': 'Read all groups',
  'RoleManagement.Read.All': 'Read role management data for all RBAC providers',
  'RoleManagement.ReadWrite.Directory': 'Read and write all directory RBAC settings',
  'User.EnableDisableAccount.All': 'Enable and disable user accounts',
  'User.ManageIdentities.All': "Manage all users' identities",
  'Domain.ReadWrite.All': 'Read and write domains',
  'Directory.ReadWrite.All': 'Read and write directory data',
  'User-PasswordProfile.ReadWrite.All': 'Read and write all password profiles',
  'Domain.Read.All': 'Read domains',
  'Directory.Read.All': 'Read directory data',
  'Application.ReadWrite.All': 'Read and write all applications',
};

const delegatedTexts: Record<string, PermissionText> = {
  'User.Read': { description: 'Sign in and read user profile', adminConsentRequired: false },
  'User.Read.All': { description: "Read all users' full profiles", adminConsentRequired: true },
  'User.ReadWrite.All': { description: "Read and write all users' full profiles", adminConsentRequired: true },
  'RoleManagement.ReadWrite.Directory': {
    description: 'Read and write directory RBAC settings',
    adminConsentRequired: true,
  },
  'User.EnableDisableAccount.All': { description: 'Enable and disable user accounts', adminConsentRequired: true },
  'Domain.ReadWrite.All': { description: 'Read and write domains', adminConsentRequired: true },
  'Directory.ReadWrite.All': { description: 'Read and write directory data', adminConsentRequired: true },
  'User-PasswordProfile.ReadWrite.All': {
    description: 'Read and write all password profiles',
    adminConsentRequired: true,
  },
  'Application.ReadWrite.All': { description: 'Read and write all applications', adminConsentRequired: true },
  'AppRoleAssignment.ReadWrite.All': {
    description: 'Manage app permission grants and app role assignments',
    adminConsentRequired: true,
  },
  'Organization.Read.All': { description: 'Read organization information', adminConsentRequired: true },
  'Group.Read.All': { description: 'Read all groups', adminConsentRequired: true },
};

export function describePermission(type: 'Role' | 'Scope', name: string): PermissionText {
  if (type === 'Role') return { description: applicationDescriptions[name] ?? name, adminConsentRequired: true };
  return delegatedTexts[name] ?? { description: name, adminConsentRequired: true };
}
