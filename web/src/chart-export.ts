/**
 * A chart as a file (issue 13, item 6: "charts export as SVG and PNG"): the figure's SVG with its
 * title and source written into it, saved as SVG, or drawn on a canvas at twice its size and saved
 * as PNG. Everything happens in the page (blob URLs): nothing is sent anywhere.
 */

/** "Cohesion of the whole system" → "cohesion-of-the-whole-system". */
export const slug = (title: string) => title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'chart';

/** The chart's largest SVG, cloned, sized, with the figure's title and source as text above and below it. */
export function chartSvg(figure: HTMLElement, title: string, source: string): { text: string; width: number; height: number } | null {
  const svgs = [...figure.querySelectorAll('svg')].filter((s) => !s.closest('button'));
  const svg = svgs.sort((a, b) => b.getBoundingClientRect().width * b.getBoundingClientRect().height - a.getBoundingClientRect().width * a.getBoundingClientRect().height)[0];
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const w = Math.ceil(box.width), h = Math.ceil(box.height), pad = 28;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('x', '0'); clone.setAttribute('y', String(pad)); clone.setAttribute('width', String(w)); clone.setAttribute('height', String(h));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = new XMLSerializer().serializeToString(clone);
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h + 2 * pad}" viewBox="0 0 ${w} ${h + 2 * pad}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="18" font-size="14" font-weight="600">${esc(title)}</text>${body}<text x="4" y="${h + pad + 18}" font-size="10" fill="#5b6673">${esc(source)}</text></svg>`;
  return { text, width: w, height: h + 2 * pad };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = name;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function saveSvg(svg: { text: string }, name: string): void {
  save(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
}

/** Draws the SVG on a canvas at `scale` times its size and saves it as PNG. */
export function savePng(svg: { text: string; width: number; height: number }, name: string, scale = 2): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' }));
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = svg.width * scale; canvas.height = svg.height * scale;
      const g = canvas.getContext('2d');
      if (!g) { URL.revokeObjectURL(url); reject(new Error('this browser cannot draw on a canvas')); return; }
      g.scale(scale, scale); g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => { if (b) { save(b, `${name}.png`); resolve(); } else reject(new Error('the chart could not be drawn as PNG')); }, 'image/png');
    };
    img.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the chart could not be read as an image')); };
    img.src = url;
  });
}
