// qualichart downloads: the chart as an SVG or PNG file. The loader (qualichart.js) imports
// this module on the first press of a download button.

/** Saves the chart `svg` as `kind` ('svg' or 'png') named `name`, styled by `stylesheet`. */
export function download(kind, svg, name, stylesheet) {
  return standalone(svg, stylesheet).then((text) => {
    if (kind === 'svg') save(new Blob([text], { type: 'image/svg+xml' }), name + '.svg');
    if (kind === 'png') return png(text, svg).then((blob) => save(blob, name + '.png'));
  });
}

let css;
// The chart as a file of its own: its size, the SVG namespace and the widget's stylesheet.
function standalone(svg, stylesheet) {
  css = css || fetch(stylesheet).then((r) => (r.ok ? r.text() : '')).catch(() => '');
  return css.then((rules) => {
    const copy = svg.cloneNode(true);
    const box = svg.viewBox.baseVal;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', box.width);
    copy.setAttribute('height', box.height);
    copy.classList.add('qc-chart');
    const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    style.textContent = rules;
    copy.prepend(style);
    return new XMLSerializer().serializeToString(copy);
  });
}

function png(text, svg) {
  const box = svg.viewBox.baseVal;
  const scale = 2;
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = box.width * scale;
      canvas.height = box.height * scale;
      const context = canvas.getContext('2d');
      context.fillStyle = getComputedStyle(svg).getPropertyValue('--qc-bg').trim() || '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
    };
    image.onerror = reject;
    image.src = url;
  });
}

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
