/**
 * A real DNS server on 127.0.0.1 for the tests: dns-packet encodes and decodes the wire format,
 * node:dgram and node:net carry it (UDP, and TCP for answers too large for 512 bytes). dns2, the
 * other maintained choice, needs Node 22. It answers authoritatively from the zone it is given, and
 * counts every query so that tests can say "each name was asked once".
 */
import * as dgram from 'node:dgram';
import * as net from 'node:net';
import * as packet from 'dns-packet';

export type RecordType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'NS' | 'CNAME';

/**
 * The records of one name; a TXT record longer than 255 bytes is split into strings as DNS needs.
 * `delayMs`: every answer for the name comes that late (a slow authoritative server); `servfail`:
 * these types answer SERVFAIL (the others as given).
 */
export type RecordSet = Partial<Record<RecordType, string[]>> & { delayMs?: number; servfail?: RecordType[] };

/**
 * Names (lower-case, no final dot; '' is the root) and what they answer. A name not listed is NXDOMAIN. Special
 * behaviours: 'servfail' answers SERVFAIL, 'refused' REFUSED, 'silent' never answers.
 */
export type Zone = Record<string, RecordSet | 'servfail' | 'refused' | 'silent'>;

export interface DnsServer {
  port: number;
  /** `ip:port`, as --dns-server takes it. */
  address: string;
  /** Every question asked, as "TYPE name", in order (a truncated answer's retry over TCP is not one). */
  readonly queries: string[];
  /** How many times each "TYPE name" was asked. */
  countOf(type: string, name: string): number;
  close(): Promise<void>;
}

const UDP_LIMIT = 512;
const RCODE = { NOERROR: 0, servfail: 2, NXDOMAIN: 3, refused: 5 } as const;

export async function startDnsServer(zone: Zone): Promise<DnsServer> {
  const queries: string[] = [];
  const lowerZone = new Map(Object.entries(zone).map(([name, set]) => [name.toLowerCase(), set]));

  const answer = (query: packet.Packet, overTcp: boolean): Buffer | undefined => {
    const question = query.questions?.[0];
    if (!question) return undefined;
    const name = question.name.toLowerCase().replace(/\.$/, '');
    if (!overTcp) queries.push(`${question.type} ${name}`);
    const set = lowerZone.get(name);
    if (set === 'silent') return undefined;
    // dns-packet writes the response code as the low four bits of the flags.
    const rcode =
      set === undefined
        ? RCODE.NXDOMAIN
        : typeof set === 'string'
          ? RCODE[set]
          : set.servfail?.includes(question.type as RecordType)
            ? RCODE.servfail
            : RCODE.NOERROR;
    const response: packet.Packet = {
      id: query.id,
      type: 'response',
      flags: packet.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & packet.RECURSION_DESIRED) | rcode,
      questions: [question],
      answers: typeof set === 'object' ? recordsOf(question.name, question.type, set) : [],
    };
    let encoded = packet.encode(response);
    if (!overTcp && encoded.length > udpLimit(query)) {
      response.answers = [];
      response.flags = (response.flags ?? 0) | packet.TRUNCATED_RESPONSE;
      encoded = packet.encode(response);
    }
    return encoded;
  };

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const delayOf = (query: packet.Packet): number => {
    const set = lowerZone.get(query.questions?.[0]?.name.toLowerCase().replace(/\.$/, '') ?? '');
    return typeof set === 'object' ? (set.delayMs ?? 0) : 0;
  };

  const udp = dgram.createSocket('udp4');
  udp.on('message', (message, remote) => {
    let query: packet.Packet;
    try {
      query = packet.decode(message);
    } catch {
      return;
    }
    const reply = answer(query, false);
    if (!reply) return;
    const send = () => udp.send(reply, remote.port, remote.address);
    const delay = delayOf(query);
    if (delay) timers.add(setTimeout(send, delay));
    else send();
  });
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  const { port } = udp.address();

  const sockets = new Set<net.Socket>();
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
        const length = buffered.readUInt16BE(0);
        const message = buffered.subarray(2, 2 + length);
        buffered = buffered.subarray(2 + length);
        let query: packet.Packet;
        try {
          query = packet.decode(message);
        } catch {
          socket.destroy();
          return;
        }
        let reply = answer(query, true);
        if (!reply) continue;
        // Past DNS's 65,535 bytes even over TCP (1,500 MX records): SERVFAIL, as a real server would
        // fail it, not a crash of the test server.
        if (reply.length > 0xffff)
          reply = packet.encode({ ...query, type: 'response', flags: 2, answers: [] });
        const framed = Buffer.alloc(2 + reply.length);
        framed.writeUInt16BE(reply.length, 0);
        reply.copy(framed, 2);
        socket.write(framed);
      }
    });
  });
  // The same port number over TCP, as resolvers expect; if it is taken, start over on another.
  const tcpListening = await new Promise<boolean>((resolve) => {
    tcp.once('error', () => resolve(false));
    tcp.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!tcpListening) {
    udp.close();
    return startDnsServer(zone);
  }

  return {
    port,
    address: `127.0.0.1:${port}`,
    queries,
    countOf: (type, name) => queries.filter((query) => query === `${type} ${name.toLowerCase()}`).length,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
  };
}

function udpLimit(query: packet.Packet): number {
  const edns = query.additionals?.find((record) => record.type === 'OPT') as
    { udpPayloadSize?: number } | undefined;
  return Math.max(UDP_LIMIT, edns?.udpPayloadSize ?? 0);
}

function recordsOf(name: string, type: string, set: RecordSet): packet.Answer[] {
  const values = set[type as RecordType] ?? [];
  return values.map((value): packet.Answer => {
    switch (type) {
      case 'TXT':
        return { type: 'TXT', name, ttl: 60, data: chunks(value) };
      case 'MX': {
        const [preference, exchange] = value.split(' ');
        return { type: 'MX', name, ttl: 60, data: { preference: Number(preference), exchange } };
      }
      case 'NS':
        return { type: 'NS', name, ttl: 60, data: value };
      case 'CNAME':
        return { type: 'CNAME', name, ttl: 60, data: value };
      default:
        return { type: type as 'A' | 'AAAA', name, ttl: 60, data: value };
    }
  });
}

/** A TXT record's strings: at most 255 bytes each. */
function chunks(value: string): Buffer[] {
  const bytes = Buffer.from(value, 'utf8');
  const parts: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 255) parts.push(bytes.subarray(start, start + 255));
  return parts.length > 0 ? parts : [Buffer.alloc(0)];
}
