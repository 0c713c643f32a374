// PNG from the composed SVG: the SVG is drawn onto a canvas at twice its size (sharp on
// high-density screens and in print). The image is loaded from a blob: URL made here, so there
// is no request at all, and the canvas stays untainted (no foreignObject, no external images).
const PNG_SCALE = 2;

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the SVG could not be drawn'));
    image.src = url;
  });
}

export async function svgToPng(svg: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas-backed text measurer in the export's font stack, for wrapping and column widths. */
export function canvasMeasure(fontFamily: string): (text: string, fontSize: number, bold?: boolean) => number {
  const context = document.createElement('canvas').getContext('2d');
  return (text, fontSize, bold = false) => {
    if (!context) return text.length * fontSize * 0.6;
    context.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}
