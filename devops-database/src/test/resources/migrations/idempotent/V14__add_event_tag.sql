-- A versioned Flyway migration, as tools generate them: Flyway records V14 and never applies it again,
-- so the statements need no IF NOT EXISTS.
ALTER TABLE "page_event" ADD COLUMN "tag" VARCHAR(50);

CREATE INDEX "page_event_site_id_tag_idx" ON "page_event"("site_id", "tag");

CREATE TABLE "share" (
    "share_id" UUID NOT NULL,
    CONSTRAINT "share_pkey" PRIMARY KEY ("share_id")
);

DROP TABLE "legacy_share";
