// A page of `n` short paragraphs, one casualty sentence each, every one a different village:
// the size at which tab reports once overflowed storage.session and a scan took minutes.
export function hugePage(n: number): string {
  const paragraphs = Array.from({ length: n }, (_, i) => `<p>Officials said ${(i % 90) + 2} people were killed in Village${i} on Monday.</p>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${n.toLocaleString('en')} sentences</title></head><body><article>\n${paragraphs.join('\n')}\n</article></body></html>`;
}
