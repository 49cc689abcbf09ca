// The embedding demo's own buttons (an external module: the demo pages have no inline script).

document.getElementById('add-chart').addEventListener('click', (event) => {
  const chart = document.createElement('div');
  chart.dataset.qualichart = '';
  chart.dataset.src = 'sessions/daytona-2024-qualifying.json';
  chart.dataset.class = 'GTD';
  chart.className = 'chart-figure';
  document.getElementById('added').append(chart);
  event.target.disabled = true;
});

document.getElementById('frame-highlight').addEventListener('click', () => {
  const frame = document.querySelector('#frame-embed iframe');
  window.qualichartFrames.send(frame, { action: 'highlight', cars: ['63'] });
});
