// The options page's customer list: paging, filter, sort by expiry, deletion only after a confirmation,
// and the bulk actions acting on the selected customers only.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfilesManager, type ProfilesManagerProps } from '../../components/ProfilesManager';
import type { Profile } from '../../lib/profiles/profile';
import en from '../../public/_locales/en/messages.json';
import { catalogOf } from '../support/catalog';
import { generateCustomers } from '../support/customers';
import { useCatalog } from '../support/i18n-setup';

afterEach(cleanup);

const NOW = Date.parse('2028-01-10T12:00:00.000Z');
const customers: Profile[] = generateCustomers(250, { now: NOW, due: 12, prefix: 'opt' }).map((c) => ({
  ...c,
  remindersSent: [],
}));

function show(overrides: Partial<ProfilesManagerProps> = {}) {
  const props: ProfilesManagerProps = {
    profiles: customers,
    activeId: customers[0]!.id,
    now: NOW,
    onRename: vi.fn(),
    onExport: vi.fn(async () => '{}'),
    onImport: vi.fn(async () => ({ ok: true, message: '' })),
    onDelete: vi.fn(async (ids: string[]) => ({ ok: true, message: `Deleted ${ids.length} customers.` })),
    onUndoDelete: vi.fn(async () => 'Restored 2 customers.'),
    onRecheck: vi.fn(async () => 'Checked 0 customers.'),
    ...overrides,
  };
  render(<ProfilesManager {...props} />);
  return props;
}
const rows = () => screen.getAllByRole('row').slice(1);
const nameOf = (row: HTMLElement) => (within(row).getAllByRole('textbox')[0] as HTMLInputElement).value;

describe('ProfilesManager', () => {
  it('writes counts the catalog locale’s way', () => {
    useCatalog(catalogOf('de'));
    try {
      const many = generateCustomers(1500, { now: NOW, prefix: 'de' }).map((c) => ({ ...c, remindersSent: [] }));
      show({ profiles: many, activeId: many[0]!.id });
      expect(screen.getByText(/1\.500 Kunden\./)).toBeTruthy();
    } finally {
      useCatalog(en);
    }
  });

  it('renders a hundred rows at a time out of 250, and filters by domain', () => {
    show();
    expect(rows()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(rows()).toHaveLength(200);
    fireEvent.input(screen.getByLabelText('Filter customers'), { target: { value: 'opt0123.' } });
    expect(rows().map(nameOf)).toEqual(['Customer opt 0123']);
  });

  it('opened from a reminder: only those needing attention, soonest expiry first', () => {
    show({ attentionFirst: true });
    const shown = rows().map(nameOf);
    expect(shown).toHaveLength(12);
    const expiries = shown.map((n) => Date.parse(customers.find((c) => c.label === n)!.secretExpiresAt!));
    expect(expiries).toEqual([...expiries].sort((a, b) => a - b));
  });

  it('deletes only after a confirmation, and offers the undo', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Customer opt 0002' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(props.onDelete).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer opt 0002' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer opt 0003' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    expect(within(screen.getByRole('alertdialog')).getByText(/^Delete 2 customers\?/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 2 customers.');
    expect(props.onDelete).toHaveBeenCalledWith([customers[1]!.id, customers[2]!.id]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored 2 customers.');
  });

  it('exports and re-checks the selected customers only', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer opt 0005' }));
    fireEvent.click(screen.getByRole('button', { name: 'Re-check selected (1)' }));
    await screen.findByText('Checked 0 customers.');
    expect(props.onRecheck).toHaveBeenCalledWith([customers[4]!.id]);
    fireEvent.click(screen.getByRole('button', { name: 'Export selected (1)' }));
    expect(props.onExport).toHaveBeenCalledWith([customers[4]!.id]);
  });

  it('the confirmation takes the focus, and gives it back: to the trigger on Cancel, to Undo after a delete', async () => {
    show();
    const trigger = screen.getByRole('button', { name: 'Delete Customer opt 0002' });
    trigger.focus();
    fireEvent.click(trigger);
    const dialog = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);

    fireEvent.click(trigger);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 1 customers.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' })));
  });

  it('bulk actions act on the selected rows that are shown, and say how many selected are not', async () => {
    const props = show();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer opt 0005' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Customer opt 0006' }));
    fireEvent.input(screen.getByLabelText('Filter customers'), { target: { value: 'opt0005.' } });
    expect(screen.getByText('1 selected customer is not shown and is left out.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (1)' }));
    expect(within(screen.getByRole('alertdialog')).getByText(/^Delete Customer opt 0005\?/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Deleted 1 customers.');
    expect(props.onDelete).toHaveBeenCalledWith([customers[4]!.id]);
  });
});
