// Reading the live event stream (GET /api/v1/events, Server-Sent Events) in
// the API tests: open it, collect its frames, wait for one.

// Opens the stream and collects its events until closed. The server
// subscribes before it answers, so once this resolves every later change is
// delivered.
export async function listen(base, token) {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/v1/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const events = [];
  const done = (async () => {
    if (res.status !== 200) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (type) events.push({ type, data: JSON.parse(data) });
        }
      }
    } catch {
      // aborted
    }
  })();
  return { res, events, close: () => controller.abort(), done };
}

// Polls `predicate` every 50 ms until it holds or `ms` have passed; its last answer.
export async function waitFor(predicate, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (predicate()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return predicate();
}
