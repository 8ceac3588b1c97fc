CREATE TABLE "import_changes" (
	"import_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"district_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"kind" text NOT NULL,
	"change" text NOT NULL,
	"sourced_id" text NOT NULL,
	"schools" text[] DEFAULT '{}'::text[] NOT NULL,
	"record" jsonb NOT NULL,
	"previous" jsonb,
	"changed_fields" text[],
	CONSTRAINT "import_changes_import_id_position_pk" PRIMARY KEY("import_id","position")
);
--> statement-breakpoint
CREATE TABLE "paused_imports" (
	"import_id" uuid PRIMARY KEY NOT NULL,
	"district_id" uuid NOT NULL,
	"compared_with_import_id" uuid
);
