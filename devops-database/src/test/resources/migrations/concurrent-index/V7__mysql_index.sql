-- MySQL builds indexes online by itself; this rule is about PostgreSQL.
CREATE INDEX orders_user ON orders (user_id);
