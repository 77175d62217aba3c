/**
 * What the operator sees while logging the bot in: the login QR code drawn in the terminal when possible, else a link
 * to it as an image, and how the scan is going.
 */
import { types } from 'wechaty';

/** Renders text as a QR code for a terminal; the `qrcode` package is used when installed, else null. */
type TerminalQr = (text: string) => Promise<string | null>;

/** The page that shows a Wechaty login QR code as an image, for when the terminal cannot. */
export function qrCodeUrl(qrcode: string): string {
  return `https://wechaty.js.org/qrcode/${encodeURIComponent(qrcode)}`;
}

/**
 * Draws the QR code with `qrcode` if it is installed (it comes with file-box, a
 * dependency of wechaty); imported lazily so that its absence only loses the drawing.
 */
export const terminalQr: TerminalQr = async (text) => {
  const moduleName = 'qrcode';
  try {
    const mod = (await import(moduleName)) as { toString?: QrToString; default?: { toString?: QrToString } };
    const toString = mod.default?.toString ?? mod.toString;
    if (typeof toString !== 'function') return null;
    return await toString(text, { type: 'terminal', small: true });
  } catch {
    return null;
  }
};

type QrToString = (text: string, options: { type: 'terminal'; small: boolean }) => Promise<string>;

/** What to tell the operator on a `scan` event: the code to scan, or how the scan is going. */
export async function scanMessage(qrcode: string, status: types.ScanStatus, draw: TerminalQr = terminalQr): Promise<string | null> {
  switch (status) {
    case types.ScanStatus.Waiting:
    case types.ScanStatus.Timeout: {
      if (!qrcode) return null;
      const drawing = await draw(qrcode);
      return [
        status === types.ScanStatus.Timeout ? '二维码已过期，请扫描新的二维码：' : '请用作为机器人的微信扫描二维码登录：',
        ...(drawing ? [drawing] : []),
        `也可以在浏览器中打开二维码：${qrCodeUrl(qrcode)}`,
      ].join('\n');
    }
    case types.ScanStatus.Scanned:
      return '已扫码，请在手机上确认登录。';
    case types.ScanStatus.Confirmed:
      return '已确认，正在登录……';
    case types.ScanStatus.Cancel:
      return '手机上取消了登录，请重新扫码。';
    default:
      return null;
  }
}
