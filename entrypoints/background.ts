import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkNow, RECHECK_ALARM, resumeAfterRestart } from '../lib/background/check-runner';
import { handleMessage } from '../lib/background/router';
import { forgetIdleSecret, SECRET_IDLE_ALARM } from '../lib/background/secret-lifetime';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECHECK_ALARM) void checkNow();
    if (alarm.name === SECRET_IDLE_ALARM) void forgetIdleSecret(Date.now());
  });
  void forgetIdleSecret(Date.now()).then(() => resumeAfterRestart());
});
