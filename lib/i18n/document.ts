// An extension page's <html lang> and title in the catalog's language (HTML files cannot hold __MSG_ names).
import { locale, type MessageKey, t } from './t';

export function localizeDocument(doc: Document, title: MessageKey): void {
  doc.documentElement.lang = locale();
  doc.title = t(title);
}
