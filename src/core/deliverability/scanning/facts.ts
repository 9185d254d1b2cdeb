/**
 * What a scanning service looks at in a received message: its size, its DMARC result (ours), and
 * each attachment's name, type, size and, for a PDF, its version and whether it is locked.
 */

export interface PdfFacts {
  /** From the file's header (`%PDF-1.4`); undefined when the header is missing. */
  version?: string;
  /** The trailer names an /Encrypt dictionary: locked or password protected. */
  locked: boolean;
}

export interface AttachmentFacts {
  name: string;
  type: string;
  bytes: number;
  pdf?: PdfFacts;
}

export interface MessageFacts {
  bytes: number;
  attachments: AttachmentFacts[];
  /** Our DMARC result for the message; undefined when DNS could not be reached. */
  dmarc?: string;
}

/** mailparser's attachment, as far as it is read here. */
export interface ParsedAttachment {
  filename?: string;
  contentType: string;
  size: number;
  content: Buffer;
}

export function attachmentFacts(attachment: ParsedAttachment): AttachmentFacts {
  const name = attachment.filename ?? '';
  const type = attachment.contentType.toLowerCase();
  const looksPdf =
    type === 'application/pdf' ||
    /\.pdf$/i.test(name) ||
    attachment.content.subarray(0, 1024).includes('%PDF-', 0, 'latin1');
  return {
    name,
    type,
    bytes: attachment.size,
    ...(looksPdf ? { pdf: pdfFacts(attachment.content) } : {}),
  };
}

/**
 * The header's version, and the /Encrypt key (PDF 32000-1 §7.6.1: an encrypted document's trailer
 * holds it). Read from the bytes: whether a PDF is locked needs no parser, and none is bundled.
 */
export function pdfFacts(content: Buffer): PdfFacts {
  const head = content.subarray(0, 1024).toString('latin1');
  const version = /%PDF-(\d\.\d)/.exec(head)?.[1];
  return { ...(version ? { version } : {}), locked: /\/Encrypt\b/.test(content.toString('latin1')) };
}
