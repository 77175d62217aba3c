/**
 * OCR benchmark: the model load, then the time to read each of a few rendered
 * screenshots (each read twice, the faster kept), and the RSS of the worker
 * process (the model lives there) and of this process. Build with
 * `npx tsc -p tsconfig.json`, run `node dist/bench/ocr-bench.js [--threads N]`; prints JSON.
 */
import { OcrService } from '../src/ocr/ocr-service.js';
import { renderTextImage } from '../src/ocr/render-text-image.js';

interface Sample {
  name: string;
  lines: string[];
  /** Terms the screener would need to see in the recognised text. */
  expect: string[];
  fontSize?: number;
  width?: number;
  height?: number;
}

const SAMPLES: Sample[] = [
  { name: 'salary table, 5 lines', lines: ['姓名 部门 工资', '张三 销售部 12000', '李四 市场部 15800', '王五 行政人事部 9800', '绝密 仅限人事'], expect: ['工资', '张三', '12000', '李四', '15800', '绝密'] },
  { name: 'one line', lines: ['绝密 报价单'], expect: ['绝密', '报价单'] },
  { name: 'chat screenshot, 10 lines', lines: chatLines(10), expect: ['客户名单', '13800138000', '报价'] },
  { name: 'phone screenshot 1080×2340, 30 lines', lines: chatLines(30), expect: ['客户名单', '13800138000'], fontSize: 40, width: 1080, height: 2340 },
  { name: 'photo-sized 3000×4000 (scaled to 2.6 MP)', lines: ['绝密 报价单', '姓名 张三 工资 12000'], expect: ['报价单', '12000'], fontSize: 120, width: 3000, height: 4000 },
  { name: 'mixed Latin and numbers', lines: ['Project Falcon 内部资料', 'VPN 密码: Qg2026!', '账号 zhangsan@example.com'], expect: ['Falcon', '内部资料', '密码'] },
];

function chatLines(n: number): string[] {
  const pool = ['张三：下午把客户名单发群里', '李四：好的，报价明天给', '王五：电话 13800138000 联系我', '赵六：收到', '张三：会议改到三点', '李四：报价单已更新'];
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
}

const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

async function main(): Promise<void> {
  const threadsArg = process.argv.indexOf('--threads');
  const threads = threadsArg > 0 ? Number(process.argv[threadsArg + 1]) : 1;
  const images = SAMPLES.map((s) => {
    const { lines, fontSize, width, height } = s;
    return { ...s, png: renderTextImage({ lines, ...(fontSize ? { fontSize } : {}), ...(width ? { width } : {}), ...(height ? { height } : {}) }) };
  });
  const ocr = new OcrService({ threads, limits: { timeoutMs: 120_000 } }); // measure, do not give up on a busy machine
  try {
    const load = await ocr.warm();
    if (!load.ok) throw new Error(load.detail);
    const workerLoaded = ocr.status().workerRssBytes ?? 0;
    let workerPeak = workerLoaded;
    const perImage = [];
    for (const image of images) {
      const runs: number[] = [];
      let text = '';
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        const outcome = await ocr.recognise(image.png);
        runs.push(performance.now() - started);
        if (!outcome.ok) throw new Error(`${image.name}: ${outcome.skip} ${outcome.detail}`);
        text = outcome.text;
        workerPeak = Math.max(workerPeak, ocr.status().workerRssBytes ?? 0);
      }
      const missing = image.expect.filter((t) => !text.includes(t));
      perImage.push({ name: image.name, bytes: image.png.length, ms: Math.round(Math.min(...runs)), termsFound: `${image.expect.length - missing.length}/${image.expect.length}`, missing, text: text.length > 120 ? `${text.slice(0, 120)}…` : text });
    }
    const ms = perImage.map((p) => p.ms);
    console.log(
      JSON.stringify(
        {
          threads,
          modelLoadMs: Math.round(load.ms),
          meanMsPerImage: Math.round(ms.reduce((a, b) => a + b, 0) / ms.length),
          maxMsPerImage: Math.max(...ms),
          workerRssMb: { afterLoad: mb(workerLoaded), peak: mb(workerPeak) },
          botRssMb: mb(process.memoryUsage().rss),
          images: perImage,
        },
        null,
        2,
      ),
    );
  } finally {
    await ocr.close();
  }
}

await main();
