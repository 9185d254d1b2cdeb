/** How a server is written back: `host:port`, `[v6]:port` (a bare `::1:1` reads as another address). */
export function hostAndPort(transport: { host: string; port: number }): string {
  const host = transport.host.includes(':') ? `[${transport.host}]` : transport.host;
  return `${host}:${transport.port}`;
}
