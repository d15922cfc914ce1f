/**
 * Loads the page's JavaScript after the browser has painted the page, not
 * before.
 *
 * VitePress's HTML asks for the app's modules at the top of the page: a
 * `<script type="module">` and a `<link rel="modulepreload">` for each chunk
 * (about 60 KiB compressed). On a slow network those downloads share the
 * bandwidth with the render-blocking stylesheet, and Chromium fetches
 * modulepreloads eagerly, so the first paint waits for them
 * (vitejs/vite#5120). On a fast network with a slow phone the modules can
 * arrive before the first frame, and the browser then runs Vue's hydration
 * before it paints. Either way the text, which is all in the HTML, appears
 * late: Lighthouse counted 1.2 s of "element render delay" on the first
 * paragraph.
 *
 * This transform replaces those tags with one small inline script that
 * starts the same downloads once the browser reports the first contentful
 * paint (a `paint` performance entry, delivered after the frame is shown).
 * Where that entry type is missing, it falls back to `requestAnimationFrame`
 * (which runs right before a frame) and a task queued from there (which runs
 * after it). The modulepreload links it adds still fetch every chunk in
 * parallel. The appearance script is left alone, so dark mode still applies
 * before the first paint. In a background tab nothing is painted, so the
 * JavaScript waits until the reader looks at the tab.
 *
 * The script's text is the same on every page and in every build; the URLs
 * travel in its data attributes. A Content-Security-Policy therefore allows
 * it with a single hash, which does not change from one build to the next.
 */

/**
 * The inline loader. Kept on one line; its hash depends on every byte.
 * If no paint is reported within 5 s (a browser that reports none, or a bug),
 * it loads the JavaScript anyway, so a page never stays without it.
 */
export const afterPaintLoader =
  '(()=>{const d=document.currentScript.dataset;let started=false;' +
  'const load=()=>{if(started)return;started=true;' +
  'for(const h of d.preload.split(" ")){if(!h)continue;const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.append(l)}' +
  'const s=document.createElement("script");s.type="module";s.src=d.app;document.head.append(s)};' +
  'setTimeout(load,5000);' +
  'if((PerformanceObserver.supportedEntryTypes||[]).includes("paint"))' +
  'new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();load()}}).observe({type:"paint",buffered:true});' +
  'else requestAnimationFrame(()=>setTimeout(load))})()'

const moduleScriptPattern =
  /<script type="module" src="([^"]+)"><\/script>\n?[ \t]*/g
const modulePreloadPattern =
  /<link rel="modulepreload" href="([^"]+)">\n?[ \t]*/g

const clientRenderedPattern = /<div id="app"><\/div>/

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Rewrites one page's HTML. `page` names the page in errors: the transform
 * fails loudly if VitePress's HTML no longer has the shape it expects, rather
 * than quietly leaving the page slow.
 */
export function loadScriptsAfterPaint(html: string, page: string): string {
  // A page that Vue renders in the browser (VitePress's 404 page) has
  // nothing to paint before its JavaScript runs: keep it as it is.
  if (clientRenderedPattern.test(html)) return html
  const apps = [...html.matchAll(moduleScriptPattern)].map(
    (match) => match[1] ?? ''
  )
  const [app] = apps
  if (app === undefined || apps.length !== 1) {
    throw new Error(
      `${page}: expected one <script type="module" src="…"> from VitePress, found ${apps.length}. ` +
        'Has VitePress changed its HTML? See .vitepress/transforms/load-scripts-after-paint.ts.'
    )
  }
  const preloads = [...html.matchAll(modulePreloadPattern)].map(
    (match) => match[1] ?? ''
  )
  const loader =
    `<script id="load-after-paint" data-app="${escapeAttribute(app)}" ` +
    `data-preload="${escapeAttribute(preloads.join(' '))}">${afterPaintLoader}</script>\n    `
  return html
    .replace(modulePreloadPattern, '')
    .replace(moduleScriptPattern, () => loader)
}
