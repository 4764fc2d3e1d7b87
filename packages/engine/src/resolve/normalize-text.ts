/** Lower-cases, unifies quotes and hyphens, and splits text into word and separator tokens. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/'s\b/g, 's')
      .replace(/'/g, '')
      .replace(/[-–—_]/g, ' ')
      .match(/[a-z0-9]+|[,;.\n/&+()]/g) ?? []
  );
}

/** Light singular form used on both the index and the input: "shoulders" -> "shoulder", "sinus" stays. */
export function singular(token: string): string {
  if (token.length > 3 && token.endsWith('s') && !/(ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}
