/** The workshop template's own words in one language (GET /api/workshops/:code/content/:locale). */

/** English text → that language; empty when the template has none (or the server cannot be reached). */
export async function fetchContent(baseUrl: string, code: string, locale: string): Promise<Record<string, string>> {
  try {
    const res = await fetch(`${baseUrl}/api/workshops/${code}/content/${locale}`);
    return res.ok ? ((await res.json()) as Record<string, string>) : {};
  } catch {
    return {};
  }
}
