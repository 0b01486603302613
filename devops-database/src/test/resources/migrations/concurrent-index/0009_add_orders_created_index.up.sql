-- golang-migrate sends a one-statement file on its own, outside a transaction.
CREATE INDEX orders_created_at ON orders (created_at);
