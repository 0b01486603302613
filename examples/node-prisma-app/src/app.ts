import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

/** What the service needs from its database: one cheap query that proves the connection works. */
export interface Database {
  ping(): Promise<void>;
  listOrders(): Promise<Array<{ id: number; customer: string; totalCents: number }>>;
}

/** Builds the HTTP server: GET /health checks the database, GET /orders lists orders. */
export function createApp(db: Database): Server {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    void route(db, req, res);
  });
}

async function route(db: Database, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === "GET" && req.url === "/health") {
    try {
      await db.ping();
      send(res, 200, { status: "ok" });
    } catch {
      send(res, 503, { status: "unavailable", reason: "database unreachable" });
    }
    return;
  }
  if (req.method === "GET" && req.url === "/orders") {
    send(res, 200, await db.listOrders());
    return;
  }
  send(res, 404, { error: "not found" });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
