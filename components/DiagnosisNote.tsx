import type { CheckVerdict } from '../lib/entra/check-result';
import type { Diagnosis } from '../lib/entra/diagnosis';

export function DiagnosisNote({ diagnosis, verdict }: { diagnosis: Diagnosis; verdict: CheckVerdict }) {
  const tone = verdict === 'failed' ? 'error' : 'warning';
  return (
    <div class={`banner banner-${tone}`} role={verdict === 'failed' ? 'alert' : 'status'}>
      <p class="diagnosis-title">{diagnosis.title}</p>
      <p class="diagnosis-fix">{diagnosis.fix}</p>
      {(diagnosis.code || diagnosis.microsoftText) && (
        <p class="diagnosis-microsoft">
          {diagnosis.code && <code>{diagnosis.code}</code>} {diagnosis.microsoftText}
        </p>
      )}
    </div>
  );
}
