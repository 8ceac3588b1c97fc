CREATE TABLE "import_notifications" (
	"import_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"message_id" text,
	CONSTRAINT "import_notifications_import_id_kind_pk" PRIMARY KEY("import_id","kind")
);
--> statement-breakpoint
ALTER TABLE "import_notifications" ADD CONSTRAINT "import_notifications_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE no action ON UPDATE no action;