// Guide health (issue 14): when a step's target stays missing, a local record of where and what was on
// screen, for whoever keeps the wording tables current. Never a value: no GUIDs, nothing of a secret's
// shape, the tenant's name replaced by <tenant>. Kept in storage.local (the last 50), never sent anywhere.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_NAMES } from './safe-names';

export const MAX_RECORDS = 50;

export const HealthRecord = z.object({
  at: z.number(),
  stepId: z.string().max(100),
  host: z.string().max(100),
  blade: z.string().max(100).nullable(),
  item: z.string().max(100).nullable(),
  language: z.string().max(20).nullable(),
  nearby: z.array(z.string().max(MAX_NAME_LENGTH)).max(MAX_NAMES),
});
export type HealthRecord = z.infer<typeof HealthRecord>;

export const HealthRecords = z.array(HealthRecord);

export const guideHealthItem = storage.defineItem<unknown>('local:guideHealth');

export async function readHealthRecords(): Promise<HealthRecord[]> {
  const parsed = HealthRecords.safeParse(await guideHealthItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** One after another: two frames reporting at once must not drop a record. */
let queue: Promise<unknown> = Promise.resolve();

export function appendHealthRecord(record: HealthRecord): Promise<void> {
  const run = queue.then(async () => {
    const records = await readHealthRecords();
    await guideHealthItem.setValue([...records, HealthRecord.parse(record)].slice(-MAX_RECORDS));
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The downloadable report: the records and nothing else. */
export function healthReport(records: HealthRecord[], version: string, now: Date) {
  return { generatedAt: now.toISOString(), version, records };
}
