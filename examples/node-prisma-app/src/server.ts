import { PrismaClient } from "@prisma/client";
import { createApp, type Database } from "./app.js";

const prisma = new PrismaClient();

const db: Database = {
  async ping() {
    await prisma.$queryRaw`SELECT 1`;
  },
  async listOrders() {
    return prisma.order.findMany({ select: { id: true, customer: true, totalCents: true } });
  },
};

const port = Number(process.env.PORT ?? 3000);
const server = createApp(db);
server.listen(port, () => {
  console.log(JSON.stringify({ level: "info", msg: "listening", port }));
});

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.close(() => void prisma.$disconnect().then(() => process.exit(0)));
  });
}
