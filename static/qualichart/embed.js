// The iframe embed (embed.html?src=…&class=…&colour-by=…&compare=…): one chart filling the page, telling
// the parent page its height, and taking highlight / compare / clear commands by postMessage.
//
// Parent → frame: { type: 'qualichart', action: 'highlight' | 'compare' | 'clear', cars: ['31'] },
// { type: 'qualichart', action: 'seek', at: '45:00' } and { type: 'qualichart', action: 'live',
// seconds: 10 }, accepted only from the window that embeds this page.
// Frame → parent: { type: 'qualichart:height', height: <CSS pixels> }, sent whenever it changes,
// with the same height as AMP's and Datawrapper's messages (below).

const params = new URLSearchParams(location.search);
const chart = document.querySelector('[data-qualichart]');
// `src` is not copied here: the chart takes it from this page's ?src= itself (data-src-param in
// embed.html), where the widget's rule refuses sessions from sites the publisher did not allow.
if (params.get('class')) chart.dataset.class = params.get('class');
// `live` (or `live=20`): the chart re-reads its session while it runs (src/widget/live.rs holds
// the interval to 5 s … 1 h, so a link cannot make it poll harder than that).
if (params.has('live')) chart.dataset.live = params.get('live');
// `colour-by=manufacturer` (or `team`): the widget reads the word, and ignores, with a note in
// the console, one it does not know.
if (params.get('colour-by')) chart.dataset.colourBy = params.get('colour-by');
// `compare=31,01`: the cars compared from the start (the widget takes the first four it names
// and passes over numbers the session does not have).
if (params.get('compare')) chart.dataset.compare = params.get('compare');
if (params.get('theme')) document.documentElement.dataset.theme = params.get('theme');
// `lang=fr`: the chart's language (the widget reads the tag and falls back to English).
if (params.get('lang')) chart.setAttribute('lang', params.get('lang').slice(0, 35));

await import('./qualichart.js');

// The height goes out in three dialects, so the frame stays the chart's height in hosts that
// only know another's: our own; AMP's `embed-size` (amp-iframe resizes to it, within its
// rules); and the `datawrapper-height` message that CMS plug-ins and embed scripts written for
// Datawrapper already listen for, keyed by `?id=` (default "qualichart"). A height is not a
// secret, so any parent may hear it.
const id = (params.get('id') || 'qualichart').slice(0, 64);
let last = 0;
function post() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'qualichart:height', height }, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  }
}
new ResizeObserver(post).observe(document.documentElement);
post();

window.addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data = event.data;
  if (!data || data.type !== 'qualichart' || typeof data.action !== 'string') return;
  const cars = Array.isArray(data.cars) ? data.cars.map(String) : [];
  if (data.action === 'highlight') window.qualichart.highlight(cars[0]);
  if (data.action === 'compare') window.qualichart.compare(cars);
  if (data.action === 'clear') window.qualichart.clear();
  // The moment is text the widget parses (and ignores when it is not a session time); the
  // interval is a number or a boolean, which the widget holds to 5 s … 1 h.
  if (data.action === 'seek') {
    window.qualichart.seek(typeof data.at === 'string' ? data.at.slice(0, 16) : null);
  }
  if (data.action === 'live' && ['number', 'boolean'].includes(typeof data.seconds)) {
    window.qualichart.live(data.seconds);
  }
});
