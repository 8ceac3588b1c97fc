-- Leave a tenth of every page free, so that an import updating or removing a record
-- (a status change, a new date) can rewrite the row in its own page without touching
-- any index (a HOT update). Daily imports change a few percent of a district's rows.
-- Partitions of users and enrollments are created with the same setting.
ALTER TABLE "orgs" SET (fillfactor = 90);--> statement-breakpoint
ALTER TABLE "academic_sessions" SET (fillfactor = 90);--> statement-breakpoint
ALTER TABLE "classes" SET (fillfactor = 90);
