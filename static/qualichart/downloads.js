// qualichart downloads: the chart as an SVG or PNG file. The loader (qualichart.js) imports
// this module on the first press of a download button.

/**
 * Saves the chart `svg` as `kind` ('svg' or 'png') named `name`, styled by `stylesheet`, with
 * `words.title` above it, the colours' key `words.legend` (`[{colour, name}]`, what the chart's
 * legend lists) under the title, and `words.credit` (source and byline) under it, when there
 * are any.
 */
export function download(kind, svg, name, stylesheet, words = {}) {
  return standalone(svg, stylesheet, words).then(({ text, width, height }) => {
    if (kind === 'svg') save(new Blob([text], { type: 'image/svg+xml' }), name + '.svg');
    if (kind === 'png') return png(text, svg, width, height).then((blob) => save(blob, name + '.png'));
  });
}

const SVG = 'http://www.w3.org/2000/svg';
/** Room for the title above the chart and the credit under it, in the chart's pixels. */
const TITLE_ROOM = 28;
const CREDIT_ROOM = 24;
/** The key of colours: a row's height, the gap between items, the font of its names. */
const KEY_ROW = 18;
const KEY_GAP = 14;
const KEY_FONT = '12px system-ui, sans-serif';

/** A line of text (set as text, never markup) at `y` (and `x`), in the chart's own colour. */
function line(content, y, size, weight, colour, x = 0) {
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('x', String(x));
  text.setAttribute('y', String(y));
  text.setAttribute('font-size', String(size));
  text.setAttribute('font-weight', weight);
  text.setAttribute('font-family', 'system-ui, sans-serif');
  text.setAttribute('fill', colour);
  text.textContent = content;
  return text;
}

/**
 * The key's items in rows no wider than `width`, each with its `x`: the legend the reader sees
 * above the chart (which colour is which make or team), in the file, where the page's HTML
 * legend does not go. Names are measured in the file's font.
 */
function keyRows(items, width) {
  const context = document.createElement('canvas').getContext('2d');
  context.font = KEY_FONT;
  const rows = [];
  let row = [];
  let x = 0;
  for (const item of items) {
    const wide = 16 + context.measureText(item.name).width;
    if (row.length && x + wide > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ ...item, x });
    x += wide + KEY_GAP;
  }
  if (row.length) rows.push(row);
  return rows;
}

/** The key drawn from `rows` at `y`: a swatch and a name an item, names as text. */
function key(rows, y, colour) {
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute('class', 'qc-file-legend');
  rows.forEach((row, r) => {
    const top = y + r * KEY_ROW;
    for (const item of row) {
      const swatch = document.createElementNS(SVG, 'rect');
      for (const [name, value] of [['x', item.x], ['y', top + 3], ['width', 10], ['height', 10], ['rx', 2]]) {
        swatch.setAttribute(name, String(value));
      }
      swatch.setAttribute('fill', item.colour);
      group.append(swatch, line(item.name, top + 12, 12, '400', colour, item.x + 16));
    }
  });
  return group;
}

let css;
// The chart as a file of its own: its size, the SVG namespace and the widget's stylesheet, with
// its title and credit line around it.
function standalone(svg, stylesheet, words) {
  css = css || fetch(stylesheet).then((r) => (r.ok ? r.text() : '')).catch(() => '');
  return css.then((rules) => {
    const box = svg.viewBox.baseVal;
    const title = (words.title || '').trim();
    const credit = (words.credit || '').trim();
    const width = box.width;
    const rows = keyRows(words.legend || [], width);
    const above = title ? TITLE_ROOM : 0;
    const top = above + (rows.length ? rows.length * KEY_ROW + 6 : 0);
    const bottom = credit ? CREDIT_ROOM : 0;
    const height = box.height + top + bottom;
    const file = document.createElementNS(SVG, 'svg');
    file.setAttribute('xmlns', SVG);
    file.setAttribute('viewBox', `0 0 ${width} ${height}`);
    file.setAttribute('width', String(width));
    file.setAttribute('height', String(height));
    file.setAttribute('class', 'qc-chart');
    const style = document.createElementNS(SVG, 'style');
    style.textContent = rules;
    file.append(style);
    const colour = getComputedStyle(svg).color || '#000';
    if (title) file.append(line(title, 18, 15, '600', colour));
    if (rows.length) file.append(key(rows, above, colour));
    const copy = svg.cloneNode(true);
    copy.setAttribute('y', String(top));
    copy.setAttribute('width', String(box.width));
    copy.setAttribute('height', String(box.height));
    copy.classList.add('qc-chart');
    file.append(copy);
    if (credit) file.append(line(credit, top + box.height + 16, 11, '400', colour));
    return { text: new XMLSerializer().serializeToString(file), width, height };
  });
}

function png(text, svg, width, height) {
  const box = { width, height };
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
