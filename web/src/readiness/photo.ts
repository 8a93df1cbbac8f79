// A photo from the phone camera, made small enough to send over a field
// connection: drawn on a canvas at most 1280 px on its longer side and
// encoded as JPEG (the server keeps JPEG and PNG only, up to 2 MB).

import { base64Bytes, base64Of, fitWithin, PHOTO_MAX_SIDE } from './values';

export interface ScaledPhoto {
  /** JPEG bytes as base64, without the data: prefix. */
  base64: string;
  dataUrl: string;
  width: number;
  height: number;
  /** Size of the JPEG in bytes. */
  bytes: number;
}

/** The server refuses larger photos (src/domain/defect.hpp kMaxPhotoBytes). */
const MAX_BYTES = 2 * 1024 * 1024;

async function decode(file: Blob): Promise<{ source: CanvasImageSource; width: number; height: number; close: () => void }> {
  if (typeof createImageBitmap === 'function') {
    try {
      // Turned upright by its EXIF orientation, as the phone showed it.
      const bmp = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { source: bmp, width: bmp.width, height: bmp.height, close: () => bmp.close() };
    } catch {
      // fall back to an <img>
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('not an image'));
      img.src = url;
    });
    return { source: img, width: img.naturalWidth, height: img.naturalHeight, close: () => URL.revokeObjectURL(url) };
  } catch (e) {
    URL.revokeObjectURL(url);
    throw e;
  }
}

export async function downscalePhoto(file: Blob, max = PHOTO_MAX_SIDE): Promise<ScaledPhoto> {
  const img = await decode(file);
  try {
    const { width, height } = fitWithin(img.width, img.height, max);
    if (!width || !height) throw new Error('empty image');
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    // JPEG has no transparency: a transparent PNG goes on white, not black.
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img.source, 0, 0, width, height);
    for (const quality of [0.85, 0.7, 0.5]) {
      const dataUrl = canvas.toDataURL('image/jpeg', quality);
      const base64 = base64Of(dataUrl);
      const bytes = base64Bytes(base64);
      if (bytes <= MAX_BYTES || quality === 0.5) return { base64, dataUrl, width, height, bytes };
    }
    throw new Error('unreachable');
  } finally {
    img.close();
  }
}
