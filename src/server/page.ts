import type { Lang } from '../core/types.ts';

/** The join command a participant types. */
export function joinCommand(url: string, code: string): string {
  return `qsort sort --join ${url} --code ${code}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const TEXT = {
  nl: {
    heading: 'Meedoen aan de Q-sort',
    run: 'Open een terminal op je laptop en typ:',
    ask: 'De code staat op het scherm van de begeleider; vraag ernaar als je die niet ziet.',
    install: 'Nog geen qsort? Vraag de begeleider om hulp bij het installeren.',
  },
  en: {
    heading: 'Join the Q-sort',
    run: 'Open a terminal on your laptop and type:',
    ask: "The code is on the facilitator's screen; ask for it if you cannot see it.",
    install: 'No qsort yet? Ask the facilitator to help you install it.',
  },
} as const;

/**
 * The page a browser (or a phone scanning the QR code) gets at GET /: how to
 * join, in both languages, the study's language first. The code appears only
 * when the visitor already gave the right one (the QR code carries it).
 */
export function joinPage(input: { title: string; lang: Lang; url: string; code?: string }): string {
  const langs: Lang[] = input.lang === 'nl' ? ['nl', 'en'] : ['en', 'nl'];
  const command = escapeHtml(joinCommand(input.url, input.code ?? 'CODE'));
  const sections = langs.map((l) => {
    const t = TEXT[l];
    return `<section lang="${l}">
<h2>${t.heading}</h2>
<p>${t.run}</p>
<pre>${command}</pre>
${input.code ? '' : `<p>${t.ask}</p>\n`}<p>${t.install}</p>
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
