-- Create the orders table.
CREATE TABLE IF NOT EXISTS "orders" (
    "id" SERIAL NOT NULL,
    "customer" TEXT NOT NULL,
    "total_cents" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
