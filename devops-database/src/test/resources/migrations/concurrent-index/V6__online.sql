-- Built without blocking writes, or on a table created here.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user ON orders (user_id);
CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint);
CREATE INDEX refunds_order ON refunds (order_id);
