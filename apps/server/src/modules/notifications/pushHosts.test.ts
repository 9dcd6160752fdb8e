import { describe, expect, it } from 'vitest';
import { isPushServiceEndpoint } from './pushHosts.ts';

describe('isPushServiceEndpoint', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/abc',
    'https://FCM.googleapis.com/wp/abc',
    'https://updates.push.services.mozilla.com/wpush/v2/x',
    'https://wns2-bl2p.notify.windows.com/w/?token=x',
    'https://web.push.apple.com/QGuQyavXut',
  ])('takes %s', (endpoint) => expect(isPushServiceEndpoint(endpoint)).toBe(true));

  it.each([
    'http://fcm.googleapis.com/fcm/send/abc',
    'https://fcm.googleapis.com:444/fcm/send/abc',
    'https://user:pw@fcm.googleapis.com/fcm/send/abc',
    'https://fcm.googleapis.com.evil.example/x',
    'https://notify.windows.com/w/x',
    'https://evilnotify.windows.com/w/x',
    'https://push.apple.com.evil.example/x',
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'not a url',
  ])('refuses %s', (endpoint) => expect(isPushServiceEndpoint(endpoint)).toBe(false));

  it('takes an extra host by its exact name, on any port', () => {
    expect(isPushServiceEndpoint('https://127.0.0.1:4443/push/1', ['127.0.0.1'])).toBe(true);
    expect(isPushServiceEndpoint('https://127.0.0.2:4443/push/1', ['127.0.0.1'])).toBe(false);
  });
});
