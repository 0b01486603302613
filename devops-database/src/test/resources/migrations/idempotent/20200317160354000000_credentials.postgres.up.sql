-- A paired up file (golang-migrate, pop): the schema_migration table records it once applied.
CREATE TABLE "identity_credential_kinds" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"name" VARCHAR (32) NOT NULL
);
CREATE UNIQUE INDEX "identity_credential_kinds_name_idx" ON "identity_credential_kinds" (name);
