import { describe, expect, it } from 'vitest';
import { createCredentialDetector } from '../../../src/core/detectors/credential/credential.js';
import { createDetectors, redactText } from '../../../src/core/detectors/index.js';
import { screenLike } from './helpers.js';

const detect = createCredentialDetector();

/** Fictional keys in the providers' published shapes; none of them was ever issued. */
const KEYS = {
  aws: 'AKIA2QX7LMNB4RTY8WZP',
  awsTemp: 'ASIA5TGB7YHN3UJM9KIO',
  github: `ghp_${'a1B2c3D4e5F6g7H8i9J0'}${'k1L2m3N4o5P6q7R8'}`,
  githubPat: `github_pat_11ABCDEFG0${'x9Y8w7V6u5T4s3R2q1P0'}_${'m1N2b3V4c5X6z7L8k9J0h1G2f3D4s5A6p7O8i9U0y1T2r3E4w5Q6'}`,
  gitlab: 'glpat-4aB7cD9eF2gH5iJ8kL1m',
  slack: 'xoxb-2048163572-9384756102-qWeRtYuIoPaSdFgH',
  aliyun: 'LTAI5tQ8rW3yU6iO9pA2sD4f',
  tencent: `AKID${'z8Y7x6W5v4U3t2S1r0Q9p8O7n6M5l4K3'}`,
  google: `AIzaSyD4${'x7Q2m9L5k3J8h1G6f4D0s2A7p5O3i9U'}`,
  openai: `sk-${'proj'}-${'Q3w9E2r7T5y1U8i4O6p0A3s7D2f9G5h1J8k4L6z0X3c7V2b9N5m1'}`,
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkRlbW8ifQ.Sf1KxwRJSMeKKF2QT4fwpMeJf36POk6yJV',
  wecomHook: '693a91f6-7a2b-4c3d-9e8f-0a1b2c3d4e5f',
  pemBody: 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFc',
};

describe('credential: caught, with the secret masked', () => {
  it.each<[string, string, string]>([
    // account + password pairs
    ['用户名 wangfang 口令 Qw!2024x', '用户名 wangfang 口令 Qw!2024x', '用户名 w*** 口令 ******'],
    ['账号：zhangsan 密码：abc12345', '账号：zhangsan 密码：abc12345', '账号:z*** 密码:******'],
    ['新同事账号:lisi01，密码:Lisi@2024，请查收', '账号:lisi01，密码:Lisi@2024', '账号:l***,密码:******'],
    ['账号zhangsan密码abc12345', '账号zhangsan密码abc12345', '账号z***密码******'],
    ['username: zhangsan password: Abc12345', 'username: zhangsan password: Abc12345', 'username: z*** password: ******'],
    ['{"username":"admin","password":"Abc@12345"}', 'username":"admin","password":"Abc@12345', 'username":"a***","password":"******'],
    ['账号 13812345678 密码 Abc12345', '账号 13812345678 密码 Abc12345', '账号 1*** 密码 ******'],
    ['用户名：张三 密码：Zs123456', '用户名：张三 密码：Zs123456', '用户名:张*** 密码:******'],
    ['登录 http://oa.example.cn?user=wang&pwd=Wang2024 就行', 'user=wang&pwd=Wang2024', 'user=w***&pwd=******'],
    // one label for both
    ['账号/密码：zhangsan/abc12345', '账号/密码：zhangsan/abc12345', '账号/密码:z***/******'],
    ['用户名密码 admin admin123', '用户名密码 admin admin123', '用户名密码 a*** ******'],
    ['user/pass: root/toor', 'user/pass: root/toor', 'user/pass: r***/******'],
    ['测试环境 admin/Admin@123 别外传', 'admin/Admin@123', 'a***/******'],
    // a password on its own
    ['pwd=abc123', 'pwd=abc123', 'pwd=******'],
    ['他说密码是abc12345', '密码是abc12345', '密码是******'],
    ['初始密码为 Abc@2024，登录后请修改', '密码为 Abc@2024', '密码为 ******'],
    ['服务器root密码：P@ssw0rd!', '密码：P@ssw0rd!', '密码:******'],
    ['取款密码 123456', '密码 123456', '密码 ******'],
    ['密码：admin，谢谢', '密码：admin', '密码:******'],
    ['密碼：Abc12345', '密碼：Abc12345', '密碼:******'],
    ['密\u200b码：abc12345', '密\u200b码：abc12345', '密\u200b码:******'],
    ['DB_PASSWORD=Qw!2024x', 'DB_PASSWORD=Qw!2024x', 'DB_PASSWORD=******'],
    ['spring.datasource.password: s3cr3tPwd', 'spring.datasource.password: s3cr3tPwd', 'spring.datasource.password: ******'],
    ['mysql -uroot -pAbc123 -h 10.0.0.1', '-pAbc123', '******'],
    // connection strings
    ['mysql://u:p@host', 'mysql://u:p@host', 'mysql://u***:******@host'],
    ['mysql://root:Abc123@10.0.0.5:3306/app', 'mysql://root:Abc123@10.0.0.5:3306', 'mysql://r***:******@10.0.0.5:3306'],
    ['mysql://root:p@ss@10.0.0.5/app', 'mysql://root:p@ss@10.0.0.5', 'mysql://r***:******@10.0.0.5'],
    ['postgres://app:Xy9pq@db.internal:5432/orders', 'postgres://app:Xy9pq@db.internal:5432', 'postgres://a***:******@db.internal:5432'],
    ['mongodb+srv://admin:M0ngo!pass@cluster0.example.net/test', 'mongodb+srv://admin:M0ngo!pass@cluster0.example.net', 'mongodb+srv://a***:******@cluster0.example.net'],
    ['redis://:s3cret@cache:6379', 'redis://:s3cret@cache:6379', 'redis://:******@cache:6379'],
    ['amqp://mq:rabbitPW1@mq.internal:5672', 'amqp://mq:rabbitPW1@mq.internal:5672', 'amqp://m***:******@mq.internal:5672'],
    ['jdbc:mysql://db:3306/app?user=root&password=Abc123', 'user=root&password=Abc123', 'user=r***&password=******'],
    ['git clone https://deploy:T0ken!x@git.internal.cn/repo.git', 'https://deploy:T0ken!x@git.internal.cn', 'https://d***:******@git.internal.cn'],
    // private keys
    [`-----BEGIN RSA PRIVATE KEY-----\n${KEYS.pemBody}\n-----END RSA PRIVATE KEY-----`, `-----BEGIN RSA PRIVATE KEY-----\n${KEYS.pemBody}\n-----END RSA PRIVATE KEY-----`, '-----BEGIN RSA PRIVATE KEY-----\n******\n-----END RSA PRIVATE KEY-----'],
    [`私钥发你：-----BEGIN OPENSSH PRIVATE KEY-----\n${KEYS.pemBody}`, `-----BEGIN OPENSSH PRIVATE KEY-----\n${KEYS.pemBody}`, '-----BEGIN OPENSSH PRIVATE KEY-----\n******'],
    [`-----BEGIN PRIVATE KEY-----${KEYS.pemBody}-----END PRIVATE KEY-----`, `-----BEGIN PRIVATE KEY-----${KEYS.pemBody}-----END PRIVATE KEY-----`, '-----BEGIN PRIVATE KEY-----******-----END PRIVATE KEY-----'],
    // keys with a known shape
    [`key 是 ${KEYS.aws}`, KEYS.aws, 'AKIA******'],
    [KEYS.awsTemp, KEYS.awsTemp, 'ASIA******'],
    [`token：${KEYS.github}`, `token：${KEYS.github}`, 'token:******'],
    [`用这个 ${KEYS.github} 拉代码`, KEYS.github, 'ghp_******'],
    [KEYS.githubPat, KEYS.githubPat, 'github_pat_******'],
    [KEYS.gitlab, KEYS.gitlab, 'glpat-******'],
    [KEYS.slack, KEYS.slack, 'xoxb-******'],
    [`阿里云 ${KEYS.aliyun}`, KEYS.aliyun, 'LTAI******'],
    [KEYS.tencent, KEYS.tencent, 'AKID******'],
    [KEYS.google, KEYS.google, 'AIza******'],
    [KEYS.openai, KEYS.openai, 'sk-******'],
    [KEYS.jwt, KEYS.jwt, 'eyJ******'],
    [`Authorization: Bearer ${KEYS.jwt}`, `Bearer ${KEYS.jwt}`, 'Bearer ******'],
    ['AccessKeySecret=q8W2e5R7t9Y1u3I6o0P4a2S8d5F7g1', 'AccessKeySecret=q8W2e5R7t9Y1u3I6o0P4a2S8d5F7g1', 'AccessKeySecret=******'],
    ['client_secret: "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', 'client_secret: "9f8e7d6c5b4a39281706f5e4d3c2b1a0', 'client_secret: "******'],
    ['密钥：a1b2c3d4e5f6g7h8i9j0k1l2', '密钥：a1b2c3d4e5f6g7h8i9j0k1l2', '密钥:******'],
    [`机器人 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEYS.wecomHook}`, KEYS.wecomHook, '******'],
  ])('%j', (text, match, redacted) => {
    const found = screenLike(detect, text);
    expect(found.map((f) => f.match)).toEqual([match]);
    expect(found[0]?.redacted).toBe(redacted);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(match);
  });
});

describe('credential: not a credential', () => {
  it.each<[string, string]>([
    ['a password rule', '密码过期请到门户重置'],
    ['a reminder', '请定期修改密码'],
    ['a prohibition', '密码请勿外传'],
    ['a help link', '忘记密码点这里'],
    ['who to ask', '密码：请找IT重置'],
    ['a masked placeholder', '密码：******'],
    ['a template slot', 'password: <your password>'],
    ['an env reference', 'password: ${DB_PASSWORD}'],
    ['a group rule', '禁止在群里发密码'],
    ['a complexity rule', '密码至少8位，包含大小写字母和数字'],
    ['a length range with its unit', '密码：8-16位'],
    ['a length rule', '密码长度不少于8位'],
    ['how the default is made', '初始密码为身份证后六位'],
    ['a lockout rule', '密码错误次数超过5次会锁定'],
    ['an expiry', '密码有效期：90天'],
    ['a deadline', '密码：2026-12-31前修改'],
    ['a meeting passcode', '腾讯会议 会议号：123 456 789 会议密码：1234'],
    ['a meeting join code', '入会密码：8888'],
    ['the guest Wi-Fi', '访客WiFi：QG-Guest，密码：welcome2024'],
    ['a zip for its recipients', '解压密码：qg2024'],
    ['a Zoom passcode', 'Zoom Meeting ID: 123 4567 8901 Passcode: 482913'],
    ['a shell command', '运行 pwd 看当前目录'],
    ['code reading a form', "password = request.form['password']"],
    ['code calling a function', 'pwd = os.getcwd()'],
    ['a comparison', 'if password == confirm: ok'],
    ['a member path', 'password: user.password'],
    ['a docs connection string', 'mysql://user:password@localhost:3306/db'],
    ['a template connection string', 'postgres://<user>:<pass>@host/db'],
    ['no password in the URL', 'mysql://localhost:3306/db'],
    ['a port, not a password', 'http://a.example.com:8080@b.example.com'],
    ['an SSH remote', 'ssh://git@github.com/org/repo.git'],
    ['the AWS docs sample key', 'AKIAIOSFODNN7EXAMPLE'],
    ['a key prefix named', 'AKIA开头的是AWS的key'],
    ['a masked sample key', 'sk-xxxxxxxxxxxxxxxxxxxxxxxx'],
    ['a prefix mentioned', 'GitHub的token以ghp_开头'],
    ['the armour mentioned', '文件开头是-----BEGIN PRIVATE KEY-----的那个'],
    ['the armour described', 'it starts with -----BEGIN PRIVATE KEY----- and ends with -----END PRIVATE KEY-----'],
    ['a public key', `-----BEGIN PUBLIC KEY-----\n${KEYS.pemBody}\n-----END PUBLIC KEY-----`],
    ['a certificate', `-----BEGIN CERTIFICATE-----\n${KEYS.pemBody}\n-----END CERTIFICATE-----`],
    ['an SSH public key', `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7${KEYS.pemBody.slice(0, 40)} wang@laptop`],
    ['a token complaint', 'token过期了，重新登录一下'],
    ['a model parameter', 'max_tokens: 4096'],
    ['an API key placeholder', 'api_key: YOUR_API_KEY'],
    ['English prose', 'Forgot password: click the link below'],
    ['English prose, one word', 'password: same as before'],
    ['a Chinese-English mix', '密码reset一下就好'],
    ['a word glued to Chinese', '新密码：windows登录密码一样'],
    ['a subject', '密码学课程下周开课'],
    ['an account alone', '账号：zhangsan'],
    ['an account rule', '用户名：请使用工号'],
    ['a one-time code', '验证码：384712'],
    ['a file under admin', 'admin/config.yaml'],
    ['a path under root', 'cd /root/2024backup/'],
    ['where to find it', '密码：见附件'],
    ['a password prompt', 'mysql -h 10.0.0.5 -P3306 -uroot -p'],
    ['a port flag', 'mysql -h 10.0.0.5 -P3306'],
    ['too short to be a password', '密码：abc'],
    ['empty', ''],
  ])('%s: %j', (_why, text) => {
    expect(screenLike(detect, text)).toEqual([]);
  });
});

describe('credential: redaction', () => {
  const all = createDetectors(['cn_id', 'cn_mobile', 'bank_card', 'email', 'url', 'credential']);

  it.each([
    '账号：zhangsan 密码：abc12345',
    'mysql://root:Abc123@10.0.0.5:3306/app',
    `用这个 ${KEYS.github} 拉代码`,
    `-----BEGIN RSA PRIVATE KEY-----\n${KEYS.pemBody}\n-----END RSA PRIVATE KEY-----`,
    '用户名 wangfang 口令 Qw!2024x',
  ])('redacting %j leaves nothing a second pass would find', (text) => {
    const once = redactText(text, all(text));
    expect(once).not.toBe(text);
    expect(all(once).filter((h) => h.detector === 'credential')).toEqual([]);
  });

  it('redactText masks the secrets and keeps the rest of the message', () => {
    const text = '张三的账号：zhangsan 密码：abc12345，数据库 mysql://root:Abc123@10.0.0.5/app，电话13812345678';
    expect(redactText(text, all(text))).toBe('张三的账号：z*** 密码：******，数据库 mysql://r***:******@10.0.0.5/app，电话138****5678');
  });

  it('a credential beats the mobile, e-mail and link inside it: one finding', () => {
    expect(all('账号 13812345678 密码 Abc12345').map((h) => h.detector)).toEqual(['credential']);
    expect(all('账号 zhang@example.com 密码 Abc12345').map((h) => h.detector)).toEqual(['credential']);
    expect(all('https://deploy:T0ken!x@git.internal.cn/repo.git').map((h) => h.detector)).toEqual(['credential']);
  });

  it('a hit that an earlier one overlaps leaks nothing of its secret', () => {
    const text = 'xx 密码：abc12345';
    const hits = [
      { detector: 'cn_mobile' as const, start: 0, end: 6, value: '' },
      { detector: 'credential' as const, start: 3, end: text.length, value: '' },
    ];
    expect(redactText(text, hits)).not.toContain('abc12345');
  });

  it('the raw text works too, upper case and all', () => {
    expect(detect(`KEY=${KEYS.aws}`).map((h) => h.value)).toEqual([`KEY=${KEYS.aws}`.slice(4)]);
  });

  it('finds credentials anywhere in a 1 MB paste, in bounded time per character', () => {
    const filler = 'password 密码 token key: - :// admin/ 会议 '.repeat(25000);
    const text = `${filler}账号：zhangsan 密码：abc12345 ${filler}`;
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(detect(text).map((h) => h.value)).toEqual(['账号：zhangsan 密码：abc12345']);
  });
});
