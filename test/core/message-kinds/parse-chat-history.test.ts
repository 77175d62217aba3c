import { describe, expect, it } from 'vitest';
import { parseChatHistory, type ForwardedRecord } from '../../../src/core/message-kinds/parse-chat-history.js';
import { renderChatHistory } from '../../../src/core/message-kinds/render-chat-history.js';

/** A type-19 card around a recordinfo, the way WeChat sends it (CDATA inside recorditem). */
const card = (recordinfo: string, title = '群聊的聊天记录'): string =>
  `<msg><appmsg appid="" sdkver="0"><title>${title}</title><des>…</des><type>19</type><url>https://support.weixin.qq.com/</url><recorditem><![CDATA[${recordinfo}]]></recorditem></appmsg></msg>`;

const item = (datatype: number, inner: string): string => `<dataitem datatype="${datatype}" dataid="x">${inner}</dataitem>`;
const text = (name: string, desc: string): string => item(1, `<sourcename>${name}</sourcename><sourcetime>2026-11-23 09:00</sourcetime><datadesc>${desc}</datadesc>`);
const info = (...items: string[]): string => `<recordinfo><title>记录</title><datalist count="${items.length}">${items.join('')}</datalist></recordinfo>`;

const rec = (name: string, t: string, extra: Partial<ForwardedRecord> = {}): ForwardedRecord => ({ name, text: t, kind: 'text', depth: 0, ...extra });

describe('parseChatHistory: the shapes WeChat sends', () => {
  it.each<[string, string, ForwardedRecord[]]>([
    ['a card with the recordinfo in CDATA', card(info(text('张三', '报价单明天发'), text('李四', '收到'))), [rec('张三', '报价单明天发'), rec('李四', '收到')]],
    ['the sender prefix some puppets put before the XML', `wxid_abc:\n${card(info(text('张三', '你好')))}`, [rec('张三', '你好')]],
    ['an XML declaration after the root tag', `<msg><?xml version="1.0"?>\n<appmsg><type>19</type><recorditem><![CDATA[${info(text('王五', '会议改期'))}]]></recorditem></appmsg></msg>`, [rec('王五', '会议改期')]],
    ['a bare recordinfo', info(text('张三', '绝密文件')), [rec('张三', '绝密文件')]],
    ['the recordinfo escaped instead of CDATA', `<msg><appmsg><type>19</type><recorditem>${info(text('张三', '你好')).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</recorditem></appmsg></msg>`, [rec('张三', '你好')]],
    ['the whole card escaped, as web-protocol puppets give it', card(info(text('张三', '报价 &amp; 合同'))).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), [rec('张三', '报价 & 合同')]],
    ['a record without a sender name', info(item(1, '<datadesc>匿名</datadesc>')), [rec('', '匿名')]],
    ['text kept with its inner line breaks', info(text('张三', '第一行\n第二行')), [rec('张三', '第一行\n第二行')]],
    ['digits stay text (no number parsing)', info(text('张三', '0012000')), [rec('张三', '0012000')]],
  ])('%s', (_name, xml, records) => {
    expect(parseChatHistory(xml)).toEqual({ title: expect.any(String), records, truncated: false });
  });

  it('takes the title from the card, else from the recordinfo', () => {
    expect(parseChatHistory(card(info(text('a', 'b')), '张三和李四的聊天记录')).title).toBe('张三和李四的聊天记录');
    expect(parseChatHistory(info(text('a', 'b'))).title).toBe('记录');
    expect(parseChatHistory('<recordinfo><datalist/></recordinfo>').title).toBe('');
  });

  it.each<[string, string, ForwardedRecord]>([
    ['a link: title and description, and its address', item(5, '<sourcename>李四</sourcename><datatitle>内部报价</datatitle><datadesc>点击查看</datadesc><link>https://example.com/x?a=1&amp;b=2</link>'), rec('李四', '内部报价\n点击查看', { kind: 'link', url: 'https://example.com/x?a=1&b=2' })],
    ['a file: its name', item(8, '<sourcename>王五</sourcename><datatitle>客户名单.xlsx</datatitle><datasize>2048</datasize>'), rec('王五', '客户名单.xlsx', { kind: 'file' })],
    ['an image: no text', item(2, '<sourcename>赵六</sourcename><cdnthumburl>305702</cdnthumburl>'), rec('赵六', '', { kind: 'image' })],
    ['a video: no text', item(4, '<sourcename>赵六</sourcename><sourcetime>2026-1-1 10:00</sourcetime>'), rec('赵六', '', { kind: 'video' })],
    ['an unknown datatype: whatever text it has', item(99, '<sourcename>赵六</sourcename><datatitle>小程序</datatitle>'), rec('赵六', '小程序', { kind: 'other' })],
  ])('%s', (_name, xml, record) => {
    expect(parseChatHistory(info(xml)).records).toEqual([record]);
  });
});

describe('parseChatHistory: entities and CDATA', () => {
  it.each([
    ['XML entities', '&lt;b&gt; &amp; &quot;引号&quot; &apos;', '<b> & "引号" \''],
    ['numeric character references', '&#x7EDD;&#23494;', '绝密'],
    ['HTML entities WeChat leaves in', '价格&nbsp;面议', '价格\u00a0面议'],
    ['CDATA inside the text is taken literally', '<![CDATA[<b>绝密</b> &amp;]]>', '<b>绝密</b> &amp;'],
  ])('%s', (_name, desc, expected) => {
    // bare recordinfo: a CDATA cannot sit inside the card's own CDATA
    expect(parseChatHistory(info(text('张三', desc))).records[0]?.text).toBe(expected);
  });

  it('does not expand DOCTYPE entities (no entity bomb)', () => {
    const bomb = `<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${info(text('张三', '&c;&c;&c;'))}`;
    const parsed = parseChatHistory(bomb);
    expect(parsed.records.every((r) => r.text.length < 100)).toBe(true);
  });
});

describe('parseChatHistory: chats forwarded inside chats', () => {
  const inner = info(text('内层甲', '内层正文'), text('内层乙', '客户名单'));

  it.each([
    ['in <recordxml> (how WeChat nests them)', item(17, `<sourcename>丙</sourcename><datatitle>内层记录</datatitle><recordxml>${inner}</recordxml>`)],
    ['in a <recorditem> CDATA of its own', item(17, `<sourcename>丙</sourcename><datatitle>内层记录</datatitle><recorditem><![CDATA[${inner}]]></recorditem>`)],
  ])('%s: flattened in order with their depth', (_name, nested) => {
    expect(parseChatHistory(info(text('甲', '前'), nested, text('乙', '后'))).records).toEqual([
      rec('甲', '前'),
      rec('内层甲', '内层正文', { depth: 1 }),
      rec('内层乙', '客户名单', { depth: 1 }),
      rec('乙', '后'),
    ]);
  });

  it('an empty nested chat is kept as one record with its title', () => {
    const nested = item(17, '<sourcename>丙</sourcename><datatitle>内层记录</datatitle><recordxml><recordinfo><datalist/></recordinfo></recordxml>');
    expect(parseChatHistory(info(nested)).records).toEqual([rec('丙', '内层记录', { kind: 'chat_history' })]);
  });

  it('stops at maxDepth and says so', () => {
    let xml = info(text('最深处', '绝密'));
    for (let level = 0; level < 6; level++) xml = info(item(17, `<sourcename>层${level}</sourcename><datatitle>第${level}层</datatitle><recordxml>${xml}</recordxml>`));
    const parsed = parseChatHistory(xml, { maxDepth: 3 });
    expect(parsed.truncated).toBe(true);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]).toMatchObject({ kind: 'chat_history', depth: 2 });
    expect(parseChatHistory(xml, { maxDepth: 10 }).records).toEqual([rec('最深处', '绝密', { depth: 6 })]);
  });
});

describe('parseChatHistory: malformed and hostile input never throws', () => {
  it.each([
    ['empty', ''],
    ['plain text', '这不是 XML'],
    ['a card without a recorditem', '<msg><appmsg><title>聊天记录</title><type>19</type></appmsg></msg>'],
    ['a recorditem that is not XML', '<msg><appmsg><recorditem>only words</recorditem></appmsg></msg>'],
    ['mismatched tags', '<a><b></a>'],
    ['a lone angle bracket', '<'],
    ['binary noise', String.fromCharCode(...Array.from({ length: 500 }, (_, i) => (i * 7919) % 256))],
    ['a datalist with no items', '<recordinfo><datalist count="3"></datalist></recordinfo>'],
  ])('%s → no records', (_name, xml) => {
    expect(parseChatHistory(xml).records).toEqual([]);
  });

  it('keeps the records before a cut-off end', () => {
    const whole = card(info(text('张三', '一'), text('李四', '二'), text('王五', '三')));
    const cut = whole.slice(0, whole.indexOf('李四') + 30);
    const parsed = parseChatHistory(cut);
    expect(parsed.records).toEqual([rec('张三', '一')]);
    expect(parsed.truncated).toBe(true);
  });

  it('text with a stray < inside still gives a string, never an object', () => {
    const records = parseChatHistory(info(text('张三', 'a<b'), text('李四', '正常'))).records;
    for (const r of records) expect(typeof r.text).toBe('string');
    expect(records.map((r) => r.name)).toContain('张三');
  });

  it('tags named like Object internals do not pollute prototypes', () => {
    parseChatHistory(info(item(1, '<sourcename>a</sourcename><__proto__><polluted>yes</polluted></__proto__><constructor>x</constructor><datadesc>d</datadesc>')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only maxChars characters of a huge text and says so', () => {
    const xml = renderChatHistory(Array.from({ length: 2000 }, (_, i) => ({ name: `成员${i}`, text: `第${i}条` })));
    const parsed = parseChatHistory(xml, { maxChars: Math.floor(xml.length / 2) });
    expect(parsed.truncated).toBe(true);
    expect(parsed.records.length).toBeGreaterThan(0);
    expect(parsed.records.length).toBeLessThan(2000);
  });

  it('returns at most maxRecords records and says so', () => {
    const xml = renderChatHistory(Array.from({ length: 50 }, (_, i) => ({ name: `成员${i}`, text: `第${i}条` })));
    const parsed = parseChatHistory(xml, { maxRecords: 10 });
    expect(parsed.records).toHaveLength(10);
    expect(parsed.truncated).toBe(true);
    expect(parseChatHistory(xml).truncated).toBe(false);
  });
});

describe('renderChatHistory → parseChatHistory', () => {
  it.each([
    ['plain records', [{ name: '张三', text: '明天开会' }, { name: '李四', text: '好的' }]],
    ['characters XML must escape, and a CDATA terminator', [{ name: '张<三>', text: 'a & b < c > d "e" \'f\' ]]> g' }]],
    ['line breaks, emoji and traditional characters', [{ name: '王五', text: '第一行\n第二行 😀 機密' }]],
    ['an empty text', [{ name: '赵六', text: '' }]],
  ])('%s come back as they went in', (_name, records) => {
    const parsed = parseChatHistory(renderChatHistory(records));
    expect(parsed.records.map((r) => ({ name: r.name, text: r.text }))).toEqual(records);
    expect(parsed.truncated).toBe(false);
  });

  it('drops control characters XML cannot carry', () => {
    expect(parseChatHistory(renderChatHistory([{ name: '张三', text: 'a\u0001b\u0008c' }])).records[0]?.text).toBe('abc');
  });

  it('1000 records round-trip in order', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ name: `销售部-成员${i % 37}`, text: `第${i}条：报价 ${i * 13} 元` }));
    const parsed = parseChatHistory(renderChatHistory(records, '张三和李四的聊天记录'));
    expect(parsed.title).toBe('张三和李四的聊天记录');
    expect(parsed.records.map((r) => ({ name: r.name, text: r.text }))).toEqual(records);
  });

  it('1000 records in a card escaped as a whole (web protocol) still round-trip', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ name: `成员${i}`, text: `第${i}条 & <b>` }));
    const escaped = renderChatHistory(records).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(parseChatHistory(escaped).records.map((r) => ({ name: r.name, text: r.text }))).toEqual(records);
  });
});
