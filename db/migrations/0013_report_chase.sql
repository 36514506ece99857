CREATE TABLE "report_chases" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"week_start" date NOT NULL,
	"chased_by" integer NOT NULL,
	"chased_at" timestamp with time zone DEFAULT now() NOT NULL,
	"message" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "chase_quiet_hours" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "report_chases" ADD CONSTRAINT "report_chases_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_chases" ADD CONSTRAINT "report_chases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_chases" ADD CONSTRAINT "report_chases_chased_by_users_id_fk" FOREIGN KEY ("chased_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_chases_project_week" ON "report_chases" USING btree ("project_id","week_start","chased_at");