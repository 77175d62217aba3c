import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl, redactDatabaseUrl, withoutPassword } from '../../../src/store/postgres/database-url.js';

describe('parseDatabaseUrl', () => {
  it.each([
    ['postgres://qg:s3cret@db.example.com:5432/qunguard', 'db.example.com', 'qunguard'],
    ['postgresql://qg:s3cret@10.0.0.5/qunguard?sslmode=require', '10.0.0.5', 'qunguard'],
    ['postgres://db.example.com/qunguard', 'db.example.com', 'qunguard'],
    ['  postgres://qg@localhost:6543/qg_prod  ', 'localhost', 'qg_prod'],
  ])('accepts %s', (text, host, database) => {
    const url = parseDatabaseUrl(text);
    expect({ host: url.host, database: url.database }).toEqual({ host, database });
    expect(url.redacted).not.toContain('s3cret');
  });

  it.each([
    ['', '数据库地址为空'],
    ['mysql://qg:s3cret@db.example.com/qunguard', 'postgres://'],
    ['http://db.example.com/qunguard', 'postgres://'],
    ['postgres://qg:s3cret@db.example.com:5432/', '缺少数据库名'],
    ['postgres://qg:s3cret@db.example.com:5432', '缺少数据库名'],
    ['db.example.com:5432/qunguard', 'postgres://'],
    ['qg:s3cret@db/qunguard', 'postgres://'],
    ['postgres://qg:s3cret@db.example.com:99999/qunguard', '不是有效的网址'],
  ])('refuses %j in Chinese, without the password', (text, why) => {
    let error: unknown;
    try {
      parseDatabaseUrl(text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseUrlError);
    expect((error as Error).message).toContain(why);
    expect((error as Error).message).not.toContain('s3cret');
  });
});

describe('redactDatabaseUrl', () => {
  it.each([
    ['postgres://qg:s3cret@db.example.com:5432/qunguard', 'postgres://qg:***@db.example.com:5432/qunguard'],
    ['postgres://qg:p%40ss%2Fword@db/qunguard', 'postgres://qg:***@db/qunguard'],
    ['postgres://qg@db/qunguard', 'postgres://qg@db/qunguard'],
    ['postgres://db/qunguard', 'postgres://db/qunguard'],
    ['postgres://qg:s3cret@db:notaport/qunguard', 'postgres://***'],
    ['qg:s3cret@db/qunguard', '***'],
  ])('shows %s as %s', (text, shown) => {
    expect(redactDatabaseUrl(text)).toBe(shown);
  });
});

describe('withoutPassword', () => {
  const url = 'postgres://qg:p%40ss%2Fword@db.example.com/qunguard';
  it.each([
    [`connect failed: ${url}`, 'connect failed: postgres://qg:***@db.example.com/qunguard'],
    ['auth failed for p@ss/word', 'auth failed for ***'],
    ['auth failed for p%40ss%2Fword', 'auth failed for ***'],
    ['nothing secret here', 'nothing secret here'],
  ])('cleans %j', (text, clean) => {
    expect(withoutPassword(text, url)).toBe(clean);
  });
});
