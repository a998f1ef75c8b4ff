// The popup's notes from the portal: the language the guide detected (or that it goes by the route), and an
// app of another tenant with the offer of a new profile.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PortalNotes } from '../../components/PortalNotes';
import { guid } from '../support/generated';

afterEach(cleanup);

describe('PortalNotes', () => {
  it('names the detected language', () => {
    render(<PortalNotes portal={{ language: { code: 'de', known: true } }} onNewProfile={vi.fn()} />);
    expect(screen.getByText('Portal language: German (de).')).toBeTruthy();
  });

  it('says it goes by the route when the tables do not know the language', () => {
    render(<PortalNotes portal={{ language: { code: 'qps-ploc', known: false } }} onNewProfile={vi.fn()} />);
    expect(screen.getByText('Portal language: not recognised (qps-ploc); the guide goes by the route.')).toBeTruthy();
  });

  it('says nothing before a portal frame reported', () => {
    const { container } = render(<PortalNotes portal={{}} onNewProfile={vi.fn()} />);
    expect(container.textContent).toBe('');
  });

  it('offers a new profile for another tenant’s app', () => {
    const tenant = guid();
    const onNewProfile = vi.fn();
    render(<PortalNotes portal={{ otherTenant: tenant }} onNewProfile={onNewProfile} />);
    expect(screen.getByRole('alert').textContent).toMatch(/^This app is in another directory/);
    fireEvent.click(screen.getByRole('button', { name: 'New profile for this tenant' }));
    expect(onNewProfile).toHaveBeenCalledWith(`Tenant ${tenant.slice(0, 8)}`);
  });
});
