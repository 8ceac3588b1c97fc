CREATE TABLE "sftp_credentials" (
	"district_id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text,
	"password_set_at" timestamp with time zone,
	"public_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sftp_credentials_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "sftp_credentials" ADD CONSTRAINT "sftp_credentials_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;