-- Users and enrollments, a district's largest tables, are partitioned by district. A
-- district's first import loads each into a table of its own without indexes, and
-- attaching that table as the district's partition builds each index in one sorted
-- pass. Measured on 3.5 million enrollments: about 16 s this way against about 40 s
-- inserting row by row into indexed tables. Later imports change the partitions in
-- place. drizzle-kit cannot declare partitioned tables, so the tables it created are
-- rebuilt here with the same columns, keys and index names.
ALTER TABLE "users" RENAME TO "users_template";--> statement-breakpoint
CREATE TABLE "users" (LIKE "users_template" INCLUDING DEFAULTS) PARTITION BY LIST ("district_id");--> statement-breakpoint
DROP TABLE "users_template";--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_district_id_sourced_id_pk" PRIMARY KEY ("district_id", "sourced_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("district_id","role","sourced_id");--> statement-breakpoint
ALTER TABLE "enrollments" RENAME TO "enrollments_template";--> statement-breakpoint
CREATE TABLE "enrollments" (LIKE "enrollments_template" INCLUDING DEFAULTS) PARTITION BY LIST ("district_id");--> statement-breakpoint
DROP TABLE "enrollments_template";--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_district_id_sourced_id_pk" PRIMARY KEY ("district_id", "sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_class_idx" ON "enrollments" USING btree ("district_id","class_sourced_id","role");--> statement-breakpoint
CREATE INDEX "enrollments_user_idx" ON "enrollments" USING btree ("district_id","user_sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_school_idx" ON "enrollments" USING btree ("district_id","school_sourced_id","sourced_id");--> statement-breakpoint
CREATE INDEX "enrollments_staff_role_idx" ON "enrollments" USING btree ("district_id","role","sourced_id") WHERE "enrollments"."role" <> 'student';
