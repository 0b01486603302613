CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY);
ALTER TABLE orders ADD COLUMN total numeric;
