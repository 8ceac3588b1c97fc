ALTER TABLE "import_notifications" ADD COLUMN "occurrence" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_notifications" DROP CONSTRAINT "import_notifications_import_id_kind_outcome_pk";--> statement-breakpoint
ALTER TABLE "import_notifications" ADD CONSTRAINT "import_notifications_import_id_kind_outcome_occurrence_pk" PRIMARY KEY("import_id","kind","outcome","occurrence");
