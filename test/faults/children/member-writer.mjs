// A writer for the kill -9 test of the member files: it opens the lowdb store of the built program in the folder given,
// then, change after change, renames one member of one of 20 groups (and opens a case every third change), flushes,
// and prints `ack <n>` once change n is durable. It never stops on its own; the test kills it.
import { openStore } from '../../../dist/src/store/lowdb-store.js';

const [dir, fromText] = process.argv.slice(2);
const store = await openStore(dir);
const NOW = Date.parse('2026-11-23T09:00:00+08:00');
for (let n = Number(fromText); ; n++) {
  const roomId = `room${n % 20}@chatroom`;
  await store.members.upsert({
    roomId, memberId: `wxid_m${n % 7}`, name: `成员${n % 7}`, nickname: `销售部-成员${n}`, joinedAt: NOW, invitedBy: null,
    nicknameOk: true, nicknameBadSince: null, lastRemindedAt: null, deadlineNotified: false, exempt: false, left: false,
  });
  if (n % 3 === 0) {
    const id = await store.cases.nextCaseId();
    await store.cases.add({
      id, roomId, roomTopic: '第一工作群', memberId: `wxid_m${n % 7}`, memberName: `成员${n % 7}`, messageId: `msg-${n}`, kind: 'violation',
      categories: ['abuse'], terms: ['测试'], severity: 'low', excerpt: `第${n}条`, action: 'warn', status: 'open', at: NOW + n, by: 'bot', history: [],
    });
  }
  await store.flush();
  process.stdout.write(`ack ${n}\n`);
}
