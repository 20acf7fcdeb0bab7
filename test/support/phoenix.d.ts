/**
 * Minimal types for the npm `phoenix` client (1.8, ships no types): what the relay tests use of
 * Socket, Channel and Push. Node ESM resolves `import { Socket } from 'phoenix'` to
 * priv/static/phoenix.mjs through the package's `exports.import`.
 */
declare module 'phoenix' {
  export type PushStatus = 'ok' | 'error' | 'timeout';

  export class Push {
    receive(status: PushStatus, callback: (response: any) => void): this;
  }

  export class Channel {
    readonly topic: string;
    state: 'closed' | 'errored' | 'joined' | 'joining' | 'leaving';
    /** Internal: the timer that retries a failed join. */
    rejoinTimer: { reset(): void };
    join(timeout?: number): Push;
    leave(timeout?: number): Push;
    push(event: string, payload?: object, timeout?: number): Push;
    on(event: string, callback: (payload: any, ref?: string | null, joinRef?: string | null) => void): number;
    off(event: string, ref?: number): void;
    onClose(callback: (payload: any) => void): void;
    onError(callback: (reason: any) => void): number;
  }

  export interface SocketOptions {
    transport?: unknown;
    params?: Record<string, unknown> | (() => Record<string, unknown>);
    timeout?: number;
    heartbeatIntervalMs?: number;
    reconnectAfterMs?: (tries: number) => number;
    rejoinAfterMs?: (tries: number) => number;
    logger?: (kind: string, msg: string, data: unknown) => void;
    vsn?: string;
    binaryType?: string;
    sessionStorage?: unknown;
    longPollFallbackMs?: number;
  }

  export class Socket {
    constructor(endPoint: string, opts?: SocketOptions);
    readonly channels: Channel[];
    /** The transport of the current connection (a `ws` WebSocket here), or null. */
    readonly conn: any;
    connect(): void;
    disconnect(callback?: () => void, code?: number, reason?: string): void;
    isConnected(): boolean;
    connectionState(): 'connecting' | 'open' | 'closing' | 'closed';
    channel(topic: string, params?: object | (() => object)): Channel;
    remove(channel: Channel): void;
    endPointURL(): string;
    onOpen(callback: () => void): string;
    onClose(callback: (event: any) => void): string;
    onError(callback: (error: any, transport?: unknown, establishedConnections?: number) => void): string;
    onMessage(callback: (message: { topic: string; event: string; payload: any; ref: string | null; join_ref?: string | null }) => void): string;
    off(refs: string[]): void;
    ping(callback: (rttMs: number) => void): boolean;
  }
}
