-- Changes that lose data or break the release that is still running.
DROP TABLE sessions;
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users ALTER COLUMN age TYPE bigint;
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE orders MODIFY COLUMN total DECIMAL(12,2);
