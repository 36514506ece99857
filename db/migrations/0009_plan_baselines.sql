CREATE TYPE "public"."plan_request_status" AS ENUM('open', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."plan_version_kind" AS ENUM('approval', 'change', 'correction');--> statement-breakpoint
CREATE TABLE "plan_change_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"base_version_id" integer NOT NULL,
	"proposal" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" "plan_request_status" DEFAULT 'open' NOT NULL,
	"requested_by" integer NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_key" uuid NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"plan_year" integer NOT NULL,
	"seq" integer NOT NULL,
	"kind" "plan_version_kind" NOT NULL,
	"content" jsonb NOT NULL,
	"request_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"approved_by" integer NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_years" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"year" integer NOT NULL,
	"annual_planned_investment" integer NOT NULL,
	"completed_investment" integer NOT NULL,
	"planned_start_on" date,
	"planned_finish_on" date,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_years_money" CHECK ("project_years"."annual_planned_investment" >= 0 and "project_years"."completed_investment" >= 0)
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "project_id" integer;--> statement-breakpoint
ALTER TABLE "milestones" ADD COLUMN "baseline_on" date;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "office_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "mobile" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_person" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contact_phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_change_requests" ADD CONSTRAINT "plan_change_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_requests" ADD CONSTRAINT "plan_change_requests_base_version_id_plan_versions_id_fk" FOREIGN KEY ("base_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_requests" ADD CONSTRAINT "plan_change_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_requests" ADD CONSTRAINT "plan_change_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_years" ADD CONSTRAINT "project_years_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_requests_one_open" ON "plan_change_requests" USING btree ("project_id") WHERE "plan_change_requests"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "plan_requests_one_per_submit" ON "plan_change_requests" USING btree ("requested_by","client_key");--> statement-breakpoint
CREATE INDEX "plan_requests_status_idx" ON "plan_change_requests" USING btree ("status","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_seq" ON "plan_versions" USING btree ("project_id","plan_year","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "project_years_once" ON "project_years" USING btree ("project_id","year");--> statement-breakpoint
CREATE INDEX "audit_project_idx" ON "audit_log" USING btree ("project_id","at");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
-- Rows written before the column existed name their project in the entity or in the recorded row; the
-- append-only trigger is lifted for this one backfill and put back in the same migration.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";--> statement-breakpoint
UPDATE "audit_log" SET "project_id" = CASE
  WHEN "entity" = 'project' AND "entity_id" ~ '^[0-9]{1,9}$' THEN "entity_id"::integer
  ELSE coalesce(("after"->>'projectId')::integer, ("before"->>'projectId')::integer)
END
WHERE "entity" IN ('project', 'milestone', 'blocker', 'progress_report', 'project_assignment');--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
