/** A record to put in a simulated forwarded chat: who said it and what. */
export interface RecordToRender {
  name: string;
  text: string;
}

/** The link WeChat puts in a forwarded chat card for clients that cannot show it. */
const UNSUPPORTED_URL = 'https://support.weixin.qq.com/cgi-bin/mmsupport-bin/readtemplate?t=page/favorite_record__w_unsupport';
/** Lines of the card's preview (`<des>`), as WeChat shows a few. */
const PREVIEW_LINES = 4;

/**
 * The XML text of a forwarded chat history (type 19 `<appmsg>` with the
 * `<recordinfo>` in a CDATA `<recorditem>`), the inverse of `parseChatHistory`,
 * so the simulator and the sandbox can send one through the real pipeline.
 */
export function renderChatHistory(records: readonly RecordToRender[], title = '群聊的聊天记录'): string {
  const items = records
    .map((r, i) => `<dataitem datatype="1" dataid="${i + 1}"><datadesc>${escapeXml(r.text)}</datadesc><sourcename>${escapeXml(r.name)}</sourcename></dataitem>`)
    .join('');
  const preview = records
    .slice(0, PREVIEW_LINES)
    .map((r) => `${r.name}: ${r.text}`)
    .join('\n');
  // The inner XML is escaped, so it can never contain the "]]>" that would end the CDATA early.
  const recordinfo = `<recordinfo><title>${escapeXml(title)}</title><desc>${escapeXml(preview)}</desc><datalist count="${records.length}">${items}</datalist></recordinfo>`;
  return (
    `<msg><appmsg appid="" sdkver="0"><title>${escapeXml(title)}</title><des>${escapeXml(preview)}</des><type>19</type>` +
    `<url>${escapeXml(UNSUPPORTED_URL)}</url><recorditem><![CDATA[${recordinfo}]]></recorditem></appmsg></msg>`
  );
}

/** Escapes text for XML content and drops the control characters XML 1.0 cannot carry. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
