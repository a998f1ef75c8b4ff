import '../../components/assistant.css';
import { localizeDocument } from '../../lib/i18n/document';
import { mountAssistant } from '../../lib/ui/mount-assistant';

localizeDocument(document, 'page_title_assistant');
void mountAssistant(document.getElementById('app')!);
