/** A DNS question that got no usable answer. */
export interface DnsFailure {
  /** The question that failed, as "TYPE name" (empty when only mailauth's words tell). */
  question: string;
  /** Node's code: ETIMEOUT, ESERVFAIL, EREFUSED, ECONNREFUSED, ...; or mailauth's words. */
  code: string;
}
