/**
 * The page's only stylesheet, built in: no external requests, no web fonts (the system's
 * fonts all carry Vietnamese). One readable column on a phone and on a desk, dark mode
 * from the system setting.
 */
export const STYLESHEET = `
:root { color-scheme: light dark; --muted: #5b6470; --rule: #d9dde3; }
@media (prefers-color-scheme: dark) { :root { --muted: #a7b0bb; --rule: #3a4048; } }
body { margin: 0; padding: 1rem; font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
article { max-width: 42rem; margin: 0 auto; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.25rem; }
.section { margin: 0; color: var(--muted); font-size: .875rem; text-transform: uppercase; letter-spacing: .04em; }
h1 { margin: .25rem 0 .5rem; font-size: clamp(1.5rem, 5vw, 2.25rem); line-height: 1.25; }
.byline { margin: 0 0 1rem; color: var(--muted); font-size: .9375rem; }
.lead { font-weight: 700; }
figure { margin: 1.5rem 0; }
img { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: .5rem; color: var(--muted); font-size: .9375rem; font-style: italic; }
.credit { font-style: normal; }
data.official { text-decoration: underline dotted; cursor: help; }
`.trim();
