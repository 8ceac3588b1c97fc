CREATE TABLE "district_settings" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"processing" text NOT NULL,
	"thresholds" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "district_settings_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"district_id" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by" uuid NOT NULL,
	"processing" text NOT NULL,
	"recipients" text[] NOT NULL,
	"thresholds" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "dry_run" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "logical_files" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "thresholds_reached" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "decision" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "decided_by" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "district_settings" ADD CONSTRAINT "district_settings_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_settings_changes" ADD CONSTRAINT "district_settings_changes_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "district_settings_changes_district_idx" ON "district_settings_changes" USING btree ("district_id","id");