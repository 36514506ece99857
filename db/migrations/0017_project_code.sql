ALTER TABLE "projects" ADD COLUMN "code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_zone_code_unique" ON "projects" USING btree ("zone_id","code") WHERE "projects"."code" is not null;