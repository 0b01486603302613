import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { createApp, type Database } from "../../src/app.js";

async function get(db: Database, path: string): Promise<Response> {
  const server = createApp(db).listen(0);
  const { port } = server.address() as AddressInfo;
  try {
    return await fetch(`http://127.0.0.1:${port}${path}`);
  } finally {
    server.close();
  }
}

test("health answers 200 when the database answers", async () => {
  const res = await get({ ping: async () => {}, listOrders: async () => [] }, "/health");
  assert.equal(res.status, 200);
});

test("health answers 503 when the database is down", async () => {
  const res = await get({ ping: async () => { throw new Error("down"); }, listOrders: async () => [] }, "/health");
  assert.equal(res.status, 503);
});
