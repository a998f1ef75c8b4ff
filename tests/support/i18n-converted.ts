// The files whose words come from the catalog (public/_locales), checked for user-visible literals by
// tests/unit/i18n-literals.test.ts. Phase 1 converted these; phase 2 adds the overlay, playbooks, options,
// profiles, reminders and badge files here once they read their words through lib/i18n.
export const CONVERTED_FILES = [
  'components/AppDiagnosisCard.tsx',
  'components/AssistantPanel.tsx',
  'components/Checklist.tsx',
  'components/CredentialsCard.tsx',
  'components/DiagnosisNote.tsx',
  'components/ExpiryNote.tsx',
  'components/ExpressCard.tsx',
  'components/ExpressView.tsx',
  'components/PermissionsCard.tsx',
  'components/RotationCard.tsx',
  'components/SendCard.tsx',
  'components/SignInCard.tsx',
  'components/SignInClientSettings.tsx',
  'entrypoints/express/main.tsx',
  'entrypoints/options/main.tsx',
  'entrypoints/popup/main.tsx',
  'entrypoints/sidepanel/main.tsx',
  'lib/checklist.ts',
] as const;
