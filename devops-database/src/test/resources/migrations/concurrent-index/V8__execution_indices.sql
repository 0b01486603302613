-- Several statements in one Flyway migration run in one transaction, where PostgreSQL refuses CONCURRENTLY.
ALTER TABLE executions ADD COLUMN tenant_id VARCHAR(250);
CREATE INDEX executions_tenant ON executions (tenant_id);
CREATE INDEX executions_tenant_namespace ON executions (tenant_id, namespace);
