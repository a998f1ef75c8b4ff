// The message protocol: one zod schema per message, and which sender may send which.
import { z } from 'zod';
import { CredentialField } from './credentials';
import { t } from './i18n/t';
import { isIdemeumConsoleUrl, isPortalFrameUrl } from './origins';
import { GUID } from './value-shapes';

const shortText = (max: number) => z.string().max(max);
const IdemeumFormName = z.enum(['userSource', 'jit']);
const ProfileIds = z.array(shortText(64)).max(100_000);

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('portal.seen'), frame: z.enum(['top', 'blade']), route: shortText(2000) }),
  z.strictObject({
    type: z.literal('capture'),
    field: z.enum([...CredentialField.options, 'objectId']),
    value: shortText(200),
    expiresAt: shortText(40).optional(),
  }),
  z.strictObject({
    type: z.literal('portal.permissions'),
    rows: z
      .array(
        z.strictObject({
          name: shortText(100),
          type: z.enum(['Application', 'Delegated']),
          /** null: the row's status could not be read. */
          granted: z.boolean().nullable(),
          /** The status cell as read, tooltip included: only compared, to notice a change. */
          status: z.string().max(200),
        }),
      )
      .max(200),
  }),
  /** The admin pressed "Grant admin consent" or its confirmation: a trusted click on the guide's target. */
  z.strictObject({ type: z.literal('portal.consentPressed') }),
  z.strictObject({ type: z.literal('guide.load') }),
  z.strictObject({ type: z.literal('guide.shown'), stepId: shortText(100).nullable() }),
  z.strictObject({ type: z.literal('guide.status') }),
  z.strictObject({
    type: z.literal('guide.health'),
    stepId: shortText(100),
    blade: shortText(100).nullable(),
    item: shortText(100).nullable(),
    language: shortText(20).nullable(),
    nearby: z.array(shortText(80)).max(10),
  }),
  z.strictObject({ type: z.literal('portal.language'), code: shortText(20).nullable(), known: z.boolean() }),
  z.strictObject({ type: z.literal('credentials.set'), field: CredentialField, value: shortText(200) }),
  z.strictObject({ type: z.literal('credentials.forget') }),
  z.strictObject({ type: z.literal('secret.forget') }),
  z.strictObject({ type: z.literal('profiles.switch'), id: shortText(64) }),
  z.strictObject({ type: z.literal('profiles.create'), label: z.string().trim().min(1).max(100) }),
  z.strictObject({ type: z.literal('profiles.rename'), id: shortText(64), label: z.string().trim().min(1).max(100) }),
  z.strictObject({ type: z.literal('profiles.search'), query: shortText(200), limit: z.number().int().min(1).max(50) }),
  z.strictObject({ type: z.literal('profiles.list') }),
  z.strictObject({ type: z.literal('profiles.delete'), ids: ProfileIds.min(1) }),
  z.strictObject({ type: z.literal('profiles.undoDelete') }),
  z.strictObject({ type: z.literal('profiles.export'), ids: ProfileIds.optional() }),
  /** An export file of any count: 50 MB is far above 2,000 profiles (about 1 MB) and below Chrome's message limit. */
  z.strictObject({ type: z.literal('profiles.import'), text: shortText(50_000_000) }),
  z.strictObject({ type: z.literal('profiles.recheckAll'), ids: ProfileIds.optional() }),
  z.strictObject({ type: z.literal('rotation.start'), id: shortText(64) }),
  z.strictObject({ type: z.literal('rotation.finish'), id: shortText(64) }),
  z.strictObject({
    type: z.literal('fill.request'),
    form: IdemeumFormName,
    tabId: z.number().int().nonnegative(),
    url: shortText(2000),
    anyway: z.boolean(),
  }),
  z.strictObject({ type: z.literal('fill.pull'), form: IdemeumFormName }),
  z.strictObject({
    type: z.literal('fill.report'),
    form: IdemeumFormName,
    filled: z.array(shortText(100)).max(20),
    problems: z.array(shortText(300)).max(20),
  }),
  z.strictObject({ type: z.literal('idemeum.saved'), form: IdemeumFormName }),
  z.strictObject({ type: z.literal('idemeum.progress') }),
  z.strictObject({
    type: z.literal('settings.set'),
    forgetSecretAfterFill: z.boolean().optional(),
    secretIdleMinutes: z.number().int().min(5).max(1440).optional(),
    signInClientId: z.string().max(64).optional(),
    signInAuthority: z.string().max(300).optional(),
  }),
  z.strictObject({
    type: z.literal('express.result'),
    tenantId: z.string().regex(GUID),
    tenantName: shortText(256).optional(),
    clientId: z.string().regex(GUID),
    objectId: z.string().regex(GUID),
    /** Present when express setup added a secret; its value is shown only once, so it is handed over here. */
    secret: z.strictObject({ value: shortText(200), expiresAt: shortText(40) }).optional(),
    consentGranted: z.boolean(),
  }),
  z.strictObject({ type: z.literal('check.run') }),
  z.strictObject({ type: z.literal('state.get') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

export type Reply = { ok: true; data?: unknown } | { ok: false; error: string };

export type SenderKind = 'extension-page' | 'portal-frame' | 'idemeum-frame' | 'other';

/** Which sender kinds may send each message. */
export const allowedSenders: Record<RequestType, readonly SenderKind[]> = {
  'portal.seen': ['portal-frame'],
  capture: ['portal-frame'],
  'portal.permissions': ['portal-frame'],
  'portal.consentPressed': ['portal-frame'],
  'guide.load': ['portal-frame'],
  'guide.shown': ['portal-frame'],
  'guide.status': ['portal-frame'],
  'guide.health': ['portal-frame'],
  'portal.language': ['portal-frame'],
  'credentials.set': ['extension-page'],
  'credentials.forget': ['extension-page'],
  'secret.forget': ['extension-page'],
  'profiles.switch': ['extension-page'],
  'profiles.create': ['extension-page'],
  'profiles.rename': ['extension-page'],
  'profiles.search': ['extension-page'],
  'profiles.list': ['extension-page'],
  'profiles.delete': ['extension-page'],
  'profiles.undoDelete': ['extension-page'],
  'profiles.export': ['extension-page'],
  'profiles.import': ['extension-page'],
  'profiles.recheckAll': ['extension-page'],
  'rotation.start': ['extension-page'],
  'rotation.finish': ['extension-page'],
  'fill.request': ['extension-page'],
  'fill.pull': ['idemeum-frame'],
  'fill.report': ['idemeum-frame'],
  'idemeum.saved': ['idemeum-frame'],
  'idemeum.progress': ['idemeum-frame'],
  'settings.set': ['extension-page'],
  'express.result': ['extension-page'],
  'check.run': ['extension-page'],
  'state.get': ['extension-page', 'portal-frame'],
};

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'other';
  const url = sender.url;
  if (url.startsWith(`${extensionOrigin}/`)) {
    return sender.origin === undefined || sender.origin === extensionOrigin ? 'extension-page' : 'other';
  }
  if (sender.tab && isIdemeumConsoleUrl(url)) {
    // The console's top frame, or a frame of the very same origin (DESIGN.md: never a cross-origin frame).
    const origin = new URL(url).origin;
    const sameAsTop = sender.frameId === 0 || (!!sender.tab.url && new URL(sender.tab.url).origin === origin);
    return sameAsTop && (sender.origin === undefined || sender.origin === origin) ? 'idemeum-frame' : 'other';
  }
  if (sender.tab && isPortalFrameUrl(url)) {
    // Chrome also reports the frame's origin; it must agree with the URL.
    return sender.origin === undefined || sender.origin === new URL(url).origin ? 'portal-frame' : 'other';
  }
  return 'other';
}

export type Accepted =
  | { ok: true; request: Request; sender: SenderKind; tabId?: number; frameId?: number }
  | { ok: false; error: string };

/** Parses a raw message and checks that its sender may send it. */
export function acceptMessage(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): Accepted {
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return { ok: false, error: t('message_malformed') };
  const kind = classifySender(sender, extensionId, extensionOrigin);
  if (!allowedSenders[parsed.data.type].includes(kind)) {
    return { ok: false, error: t('message_wrong_sender', { type: parsed.data.type }) };
  }
  return { ok: true, request: parsed.data, sender: kind, tabId: sender.tab?.id, frameId: sender.frameId };
}
