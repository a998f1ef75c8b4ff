// How the portal (en-us) writes dates and counts.
export function shortDate(iso) {
  return new Date(iso).toLocaleDateString('en-US');
}

export function accountTypeLabel(signInAudience) {
  return signInAudience === 'AzureADMultipleOrgs' ? 'Multiple organizations' : 'My organization only';
}
