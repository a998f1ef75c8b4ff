import '../../components/assistant.css';
import { localizeDocument } from '../../lib/i18n/document';
import { mountOptions } from '../../lib/ui/mount-options';

localizeDocument(document, 'page_title_options');
void mountOptions(document.getElementById('app')!);
