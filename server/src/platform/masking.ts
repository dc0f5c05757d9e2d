/**
 * Masking of personal information in lists (Personal Information Protection Law): keep enough
 * to recognise a number, never enough to use it.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  return phone.length > 4 ? `${'*'.repeat(phone.length - 4)}${phone.slice(-4)}` : '****';
}

/** 370811199001011234 → 3708**********1234 */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '****';
}
