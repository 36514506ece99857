/**
 * Server actions are public POST endpoints: the input may be FormData (a plain HTML form, a forged request)
 * or an object (react-hook-form). Both become a plain object for the schema; a repeated FormData key keeps
 * its last value. Anything else becomes an empty object, which the schema then refuses.
 */
export function toPlainInput(raw: unknown): Record<string, unknown> {
  if (typeof FormData !== 'undefined' && raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (!key.startsWith('$ACTION')) out[key] = typeof value === 'string' ? value : null;
    }
    return out;
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
    return { ...(raw as Record<string, unknown>) };
  return {};
}
