/**
 * A stream's byte count once it has stopped growing: compression and stream hand-offs run on the event loop
 * and libuv's pool, so what has been sent by a given moment depends on the machine's load; what can be sent
 * once the pipeline is idle does not. For tests that prove a writer streams (no timing is asserted).
 */
export async function settled(count: () => number): Promise<number> {
  let last = -1;
  for (let quiet = 0, tries = 0; quiet < 5 && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    quiet = count() === last ? quiet + 1 : 0;
    last = count();
  }
  return last;
}
