// The background's wiring: messages, alarms, notifications and storage changes, and what to do at start.
import { browser } from 'wxt/browser';
import { read } from '../store';
import { showBadge } from './badge';
import { RECHECK_ALARM, recheckAsPlanned, resumeAfterRestart } from './check-runner';
import { readProfiles, syncActiveProfile } from './profiles';
import { onReminderClicked, REMINDER_ALARM, runReminders } from './reminders-service';
import { handleMessage } from './router';
import { forgetIdleSecrets, SECRET_IDLE_ALARM } from './secret-lifetime';
import { forgetTabRoute } from './tab-routes';

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECHECK_ALARM) void recheckAsPlanned();
    if (alarm.name === SECRET_IDLE_ALARM) void forgetIdleSecrets(Date.now());
    if (alarm.name === REMINDER_ALARM) void runReminders(Date.now());
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabRoute(tabId));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id, Date.now()));
  // The active profile's summary follows its working state; reminders follow the summaries.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.credentials || changes.check || changes.idemeum)) {
      void syncActiveProfile().then(async () => {
        await runReminders(Date.now());
        await showBadge(await read('check'));
      });
    }
  });
  void forgetIdleSecrets(Date.now())
    .then(() => readProfiles())
    .then(() => runReminders(Date.now()))
    .then(() => resumeAfterRestart());
}
