// The peer of the side-by-side benchmark: the GTP gap-to-pole chart of the same session JSON,
// drawn with Observable Plot as a JavaScript newsroom tool would, with Plot's own tooltips.
// It reads the session the simple way (best valid lap per car) and does no validation.
//
// Two pages draw it (benches/peer.rs): `bundled.js`, the way a JavaScript developer ships it
// (imports of Plot bundled and tree-shaken by esbuild), and `whole.js`, with Plot and d3 loaded
// whole from their UMD files.

const SRC = new URLSearchParams(location.search).get('src') || '../sessions/daytona-2024-qualifying.json';
const CLASS = new URLSearchParams(location.search).get('class') || 'GTP';

function ms(text) {
  if (typeof text === 'number') return text * 1000;
  const parts = String(text).split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0) * 1000;
}

/** Draws the chart with Plot's `plot`, `barX` and `ruleX`. */
export function draw({ plot, barX, ruleX }) {
  fetch(SRC)
    .then((response) => response.json())
    .then((session) => {
      const cars = session.entries
        .filter((entry) => entry.class === CLASS && (entry.status || 'ok') === 'ok')
        .map((entry) => {
          const laps = (entry.laps || []).filter((lap) => lap.valid !== false && lap.time != null);
          const times = laps.map((lap) => ms(lap.time));
          const best = times.length ? Math.min(...times) : entry.best ? ms(entry.best.time) : null;
          const driver = (entry.drivers || [])[0];
          return { number: entry.number, driver: driver ? driver.name : '', best };
        })
        .filter((car) => car.best != null)
        .sort((a, b) => a.best - b.best);
      const pole = cars[0].best;
      const colour = (session.classes || []).find((c) => c.id === CLASS);
      const data = cars.map((car, i) => ({
        label: `P${i + 1} #${car.number} ${car.driver.split(' ').slice(1).join(' ')}`,
        gap: (car.best - pole) / 1000,
        time: car.best,
      }));
      const chart = plot({
        width: document.getElementById('chart').clientWidth,
        marginLeft: 150,
        x: { label: 'Gap to pole (s)', grid: true },
        y: { label: null, domain: data.map((d) => d.label) },
        marks: [
          barX(data, { x: 'gap', y: 'label', fill: colour ? colour.color : 'steelblue', tip: true }),
          ruleX([0]),
        ],
      });
      document.getElementById('chart').append(chart);
      window.chartVisibleAt = performance.now();
    });
}
