// For the page that embeds charts as iframes (embed.html): sizes each iframe to its chart.
//
//   <iframe class="qualichart-frame" src="https://charts.example.com/qualichart/embed.html?src=…"
//           title="Qualifying chart" loading="lazy"></iframe>
//   <script src="https://charts.example.com/qualichart/embed-parent.js" defer></script>
//
// A height message is believed only from the iframe that sent it and only when it comes from
// that iframe's own origin, so no other frame or window can resize anything on the page.
// window.qualichartFrames.send(frame, message) passes highlight / compare / clear / seek / live
// to a frame.

(function () {
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe.qualichart-frame'));
  }
  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'qualichart:height' || typeof data.height !== 'number') return;
    frames().forEach(function (frame) {
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.max(120, Math.min(data.height, 20000)) + 'px';
      }
    });
  });
  window.qualichartFrames = {
    send: function (frame, message) {
      var origin = originOf(frame);
      if (frame.contentWindow && origin) {
        frame.contentWindow.postMessage(Object.assign({ type: 'qualichart' }, message), origin);
      }
    },
  };
})();
