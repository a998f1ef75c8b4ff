import '../../components/assistant.css';
import { mountAssistant } from '../../lib/ui/mount-assistant';

void mountAssistant(document.getElementById('app')!);
