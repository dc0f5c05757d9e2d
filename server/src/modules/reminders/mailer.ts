import nodemailer from 'nodemailer';

/**
 * E-mail delivery of the weekly digest through nodemailer, only when `SMTP_URL` is set (smtp://user:pass@host:port;
 * read at sending time so a deployment or a test can set it). Without it the digest is in-app only.
 */
export function smtpUrl(): string | null {
  const url = process.env.SMTP_URL?.trim();
  return url ? url : null;
}

/** The sender address (`SMTP_FROM`, else a no-reply address of the platform). */
const from = () => process.env.SMTP_FROM?.trim() || '知产通 <no-reply@zhichan.local>';

/** Sends one message; resolves when the SMTP server accepted it. */
export async function sendMail(url: string, to: string, subject: string, text: string): Promise<void> {
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: from(), to, subject, text });
  } finally {
    transport.close();
  }
}
