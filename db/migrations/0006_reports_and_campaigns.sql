CREATE TYPE "public"."campaign_batch" AS ENUM('signed', 'started', 'in_production');--> statement-breakpoint
CREATE TYPE "public"."report_week_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TABLE "campaign_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"batch" "campaign_batch" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"held_on" date NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_weeks" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"week_start" date NOT NULL,
	"status" "report_week_status" NOT NULL,
	"snapshot" jsonb,
	"closed_at" timestamp with time zone,
	"closed_by" integer,
	"reopen_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_round_id_campaign_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."campaign_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_entries" ADD CONSTRAINT "campaign_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_rounds" ADD CONSTRAINT "campaign_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_weeks" ADD CONSTRAINT "report_weeks_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_weeks" ADD CONSTRAINT "report_weeks_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_entries_once" ON "campaign_entries" USING btree ("round_id","project_id","batch");--> statement-breakpoint
CREATE INDEX "campaign_entries_project_idx" ON "campaign_entries" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "report_weeks_zone_week" ON "report_weeks" USING btree ("zone_id","week_start");