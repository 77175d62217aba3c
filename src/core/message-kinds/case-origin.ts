/**
 * Where the screened text of a case came from, so its wording can say so
 * (图片中含…, 转发的聊天记录中…) and its excerpt never repeats an image's text.
 */
export type CaseOrigin =
  | { kind: 'message' }
  | { kind: 'image' }
  | { kind: 'forwarded'; name: string }
  | { kind: 'flood'; count: number; withinMs: number; reason: 'messages' | 'repeats' };
