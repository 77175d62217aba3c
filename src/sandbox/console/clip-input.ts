/** What the user typed, cut to 40 characters for quoting in an error message. */
export function clipInput(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
