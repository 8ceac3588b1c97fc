-- Every email recorded so far is the Import Results of an import that had ended, so the
-- import's final status is the outcome it was about.
ALTER TABLE "import_notifications" ADD COLUMN "outcome" text;--> statement-breakpoint
UPDATE "import_notifications" SET "outcome" = "imports"."status" FROM "imports" WHERE "imports"."id" = "import_notifications"."import_id";--> statement-breakpoint
ALTER TABLE "import_notifications" ALTER COLUMN "outcome" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "import_notifications" DROP CONSTRAINT "import_notifications_import_id_kind_pk";--> statement-breakpoint
ALTER TABLE "import_notifications" ADD CONSTRAINT "import_notifications_import_id_kind_outcome_pk" PRIMARY KEY("import_id","kind","outcome");
