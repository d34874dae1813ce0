import type { Lang } from '../../core/types.ts';
import { JOIN_PAGE_TEXT as TEXT } from '../../i18n/dashboard.ts';

/** The join command a participant types. */
export function joinCommand(url: string, code: string): string {
  return `qsort sort --join ${url} --code ${code}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);


/**
 * The page a browser (or a phone scanning the QR code) gets at GET /: how to
 * join, in both languages, the study's language first. The code appears only
 * when the visitor already gave the right one (the QR code carries it).
 */
export function joinPage(input: { title: string; lang: Lang; url: string; code?: string; ssh?: { readonly command: (code: string) => string; readonly fingerprint: string } }): string {
  const langs: Lang[] = input.lang === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
  const command = escapeHtml(joinCommand(input.url, input.code ?? 'CODE'));
  const ssh = input.ssh;
  const sections = langs.map((l) => {
    const t = TEXT[l];
    const ask = input.code ? '' : `<p>${t.ask}</p>\n`;
    if (ssh) {
      return `<section lang="${l}">
<h2>${t.heading}</h2>
<p>${t.sshRun}</p>
<pre>${escapeHtml(ssh.command(input.code ?? 'CODE'))}</pre>
${ask}<p>${escapeHtml(t.sshKey(ssh.fingerprint))}</p>
<p>${t.sshOr}</p>
<pre>${command}</pre>
</section>`;
    }
    return `<section lang="${l}">
<h2>${t.heading}</h2>
<p>${t.run}</p>
<pre>${command}</pre>
${ask}<p>${t.install}</p>
</section>`;
  });
  return `<!doctype html>
<html lang="${input.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}pre{font-size:1.1em;background:#eee;padding:.6em;white-space:pre-wrap}</style>
</head>
<body>
<h1>${escapeHtml(input.title)}</h1>
${sections.join('\n')}
</body>
</html>
`;
}
