import '../../components/assistant.css';
import { localizeDocument } from '../../lib/i18n/document';
import { mountExpress } from '../../lib/ui/mount-express';

localizeDocument(document, 'page_title_express');
void mountExpress(document.getElementById('app')!);
