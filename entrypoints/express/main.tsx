import '../../components/assistant.css';
import { mountExpress } from '../../lib/ui/mount-express';

void mountExpress(document.getElementById('app')!);
