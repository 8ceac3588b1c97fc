CREATE TABLE "applied_files" (
	"district_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"digest" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "applied_files_district_id_entity_pk" PRIMARY KEY("district_id","entity")
);
