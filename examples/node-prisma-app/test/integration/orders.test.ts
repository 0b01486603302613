import { test } from "node:test";
import assert from "node:assert/strict";
import { PrismaClient } from "@prisma/client";

// Runs against the database in DATABASE_URL, with the migrations applied (CI does both before this test).
test("orders can be written and listed", async () => {
  const prisma = new PrismaClient();
  try {
    const created = await prisma.order.create({ data: { customer: "ada", totalCents: 4200 } });
    const orders = await prisma.order.findMany();
    assert.ok(orders.some((o) => o.id === created.id));
  } finally {
    await prisma.$disconnect();
  }
});
