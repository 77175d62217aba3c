/** Makes a formatter for simulated times as the console shows them: `11-23 09:05` in the policy's timezone. */
export function simTimeFormatter(timeZone: string, withYear = false): (ms: number) => string {
  const format = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    ...(withYear ? { year: 'numeric' } : {}),
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: withYear ? 'short' : undefined,
  });
  return (ms) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    const date = `${withYear ? `${parts.year}-` : ''}${parts.month}-${parts.day}`;
    return `${date} ${parts.hour}:${parts.minute}${withYear ? ` ${parts.weekday}` : ''}`;
  };
}
