// The options page's list of customer profiles: rename, export to a file, import from one.
import { useState } from 'preact/hooks';
import type { Profile } from '../lib/profiles/profile';

export interface ProfilesManagerProps {
  profiles: Profile[];
  onRename: (id: string, label: string) => void;
  /** Resolves to the file's text. */
  onExport: () => Promise<string>;
  /** Resolves to a sentence: what was imported, or why nothing was. */
  onImport: (text: string) => Promise<{ ok: boolean; message: string }>;
}

export function ProfilesManager({ profiles, onRename, onExport, onImport }: ProfilesManagerProps) {
  const [download, setDownload] = useState<string>();
  const [message, setMessage] = useState<{ ok: boolean; message: string }>();

  const exportFile = async () => {
    const text = await onExport();
    setDownload(`data:application/json;charset=utf-8,${encodeURIComponent(text)}`);
  };
  const importFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setMessage(await onImport(await file.text()));
  };

  return (
    <section class="card" aria-labelledby="profiles-manager-title">
      <h2 id="profiles-manager-title">Customer profiles</h2>
      <p class="hint">Profiles keep the IDs, the secret’s hint and expiry, and the last check: never the secret.</p>
      <ul class="profiles-list">
        {profiles.map((p) => (
          <li key={p.id}>
            <label for={`label-${p.id}`} class="visually-hidden">
              Name of {p.label}
            </label>
            <input
              id={`label-${p.id}`}
              value={p.label}
              onChange={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value.trim();
                if (value) onRename(p.id, value);
              }}
            />
            <span class="hint">
              {p.domain ?? p.tenantId ?? 'not set up yet'}
              {p.secretExpiresAt ? ` · secret expires ${new Date(p.secretExpiresAt).toLocaleDateString()}` : ''}
              {p.lastCheck ? ` · last check: ${p.lastCheck.verdict}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" onClick={() => void exportFile()}>
          Export profiles
        </button>
        {download && (
          <a href={download} download="idemeum-entra-profiles.json">
            Save the file
          </a>
        )}
        <label class="button-like" for="import-file">
          Import profiles…
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={importFile}
        />
      </div>
      {message && (
        <p class={`field-message ${message.ok ? 'field-ok' : 'field-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.message}
        </p>
      )}
    </section>
  );
}
