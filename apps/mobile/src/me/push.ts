import { api } from '../api.ts';

/** Web push on this device: whether it can, whether it does, and turning it on or off. */
export const pushSupported = () =>
  'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function registration() {
  return navigator.serviceWorker.ready;
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  return (await registration()).pushManager.getSubscription();
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const b64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Asks permission, subscribes with the server's VAPID key and tells the server. */
export async function enablePush(): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new Error('未允许通知：请在手机设置中允许洮泊家园发送通知');
  const { publicKey } = await api.get('/api/m/push/key');
  const reg = await registration();
  let sub = await reg.pushManager.getSubscription();
  sub ??= await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: keyBytes(publicKey),
  });
  const { p256dh, auth } = sub.toJSON().keys ?? {};
  if (!p256dh || !auth) throw new Error('此设备不支持推送通知');
  await api.post('/api/m/push/subscribe', { body: { endpoint: sub.endpoint, keys: { p256dh, auth } } });
}

/** Stops pushes to this device (also on sign-out: the next person must not get them). */
export async function disablePush(): Promise<void> {
  const sub = await currentSubscription();
  if (!sub) return;
  await api.post('/api/m/push/unsubscribe', { body: { endpoint: sub.endpoint } }).catch(() => undefined);
  await sub.unsubscribe();
}
