/** Messages between open tabs of the app, so a logout or activity in one tab reaches all. */
export type SessionMessage = { type: 'logout' } | { type: 'activity'; at: number }

const CHANNEL_NAME = 'mo-sessie'

export interface SessionChannel {
  post(message: SessionMessage): void
  close(): void
}

export function openSessionChannel(onMessage: (message: SessionMessage) => void): SessionChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} }
  const channel = new BroadcastChannel(CHANNEL_NAME)
  channel.onmessage = (event: MessageEvent<SessionMessage>) => onMessage(event.data)
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  }
}
