CREATE TABLE "academic_sessions" (
	"district_id" uuid NOT NULL,
	"sourced_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"date_last_modified" timestamp with time zone,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"parent_sourced_id" text collate "C",
	"school_year" text NOT NULL,
	"metadata" jsonb,
	"digest" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_import_id" uuid NOT NULL,
	CONSTRAINT "academic_sessions_district_id_sourced_id_pk" PRIMARY KEY("district_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "class_terms" (
	"district_id" uuid NOT NULL,
	"class_sourced_id" text collate "C" NOT NULL,
	"term_sourced_id" text collate "C" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "class_terms_district_id_class_sourced_id_position_pk" PRIMARY KEY("district_id","class_sourced_id","position")
);
--> statement-breakpoint
CREATE TABLE "classes" (
	"district_id" uuid NOT NULL,
	"sourced_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"date_last_modified" timestamp with time zone,
	"title" text NOT NULL,
	"grades" text[] DEFAULT '{}'::text[] NOT NULL,
	"course_sourced_id" text collate "C" NOT NULL,
	"class_code" text,
	"class_type" text NOT NULL,
	"location" text,
	"school_sourced_id" text collate "C" NOT NULL,
	"term_sourced_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"subject_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"periods" text[] DEFAULT '{}'::text[] NOT NULL,
	"metadata" jsonb,
	"digest" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_import_id" uuid NOT NULL,
	CONSTRAINT "classes_district_id_sourced_id_pk" PRIMARY KEY("district_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"district_id" uuid NOT NULL,
	"sourced_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"date_last_modified" timestamp with time zone,
	"class_sourced_id" text collate "C" NOT NULL,
	"school_sourced_id" text collate "C" NOT NULL,
	"user_sourced_id" text collate "C" NOT NULL,
	"role" text NOT NULL,
	"primary" boolean,
	"begin_date" date,
	"end_date" date,
	"metadata" jsonb,
	"digest" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_import_id" uuid NOT NULL,
	CONSTRAINT "enrollments_district_id_sourced_id_pk" PRIMARY KEY("district_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"district_id" uuid NOT NULL,
	"sourced_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"date_last_modified" timestamp with time zone,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"identifier" text,
	"parent_sourced_id" text collate "C",
	"metadata" jsonb,
	"digest" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_import_id" uuid NOT NULL,
	CONSTRAINT "orgs_district_id_sourced_id_pk" PRIMARY KEY("district_id","sourced_id")
);
--> statement-breakpoint
CREATE TABLE "roster_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"district_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"message" json NOT NULL,
	"entity" text,
	"sourced_ids" text[],
	"changed_fields" json,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "user_agents" (
	"district_id" uuid NOT NULL,
	"user_sourced_id" text collate "C" NOT NULL,
	"agent_sourced_id" text collate "C" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "user_agents_district_id_user_sourced_id_position_pk" PRIMARY KEY("district_id","user_sourced_id","position")
);
--> statement-breakpoint
CREATE TABLE "user_orgs" (
	"district_id" uuid NOT NULL,
	"user_sourced_id" text collate "C" NOT NULL,
	"org_sourced_id" text collate "C" NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "user_orgs_district_id_user_sourced_id_position_pk" PRIMARY KEY("district_id","user_sourced_id","position")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"district_id" uuid NOT NULL,
	"sourced_id" text collate "C" NOT NULL,
	"status" text NOT NULL,
	"date_last_modified" timestamp with time zone,
	"enabled_user" boolean NOT NULL,
	"org_sourced_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"role" text NOT NULL,
	"username" text NOT NULL,
	"user_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"middle_name" text,
	"identifier" text,
	"email" text,
	"sms" text,
	"phone" text,
	"agent_sourced_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"grades" text[] DEFAULT '{}'::text[] NOT NULL,
	"metadata" jsonb,
	"digest" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_import_id" uuid NOT NULL,
	CONSTRAINT "users_district_id_sourced_id_pk" PRIMARY KEY("district_id","sourced_id")
);
--> statement-breakpoint
ALTER TABLE "academic_sessions" ADD CONSTRAINT "academic_sessions_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classes" ADD CONSTRAINT "classes_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orgs" ADD CONSTRAINT "orgs_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "class_terms_term_idx" ON "class_terms" USING btree ("district_id","term_sourced_id","class_sourced_id");--> statement-breakpoint
CREATE INDEX "classes_school_idx" ON "classes" USING btree ("district_id","school_sourced_id","sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_class_idx" ON "enrollments" USING btree ("district_id","class_sourced_id","role");--> statement-breakpoint
CREATE INDEX "enrollments_user_idx" ON "enrollments" USING btree ("district_id","user_sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_school_idx" ON "enrollments" USING btree ("district_id","school_sourced_id","sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_staff_role_idx" ON "enrollments" USING btree ("district_id","role","sourced_id") WHERE "enrollments"."role" <> 'student';--> statement-breakpoint
CREATE INDEX "roster_outbox_unpublished_idx" ON "roster_outbox" USING btree ("id") WHERE "roster_outbox"."published_at" is null;--> statement-breakpoint
CREATE INDEX "user_agents_agent_idx" ON "user_agents" USING btree ("district_id","agent_sourced_id","user_sourced_id");--> statement-breakpoint
CREATE INDEX "user_orgs_org_idx" ON "user_orgs" USING btree ("district_id","org_sourced_id","user_sourced_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("district_id","role","sourced_id");