import '../../components/assistant.css';
import { mountOptions } from '../../lib/ui/mount-options';

void mountOptions(document.getElementById('app')!);
