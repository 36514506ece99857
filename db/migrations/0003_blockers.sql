CREATE TYPE "public"."blocker_category" AS ENUM('land', 'energy', 'environment', 'financing', 'approvals', 'utilities', 'labour', 'other');--> statement-breakpoint
CREATE TYPE "public"."blocker_event_kind" AS ENUM('raise', 'assign', 'resolve', 'close', 'reopen', 'escalate', 'deescalate', 'comment');--> statement-breakpoint
CREATE TYPE "public"."blocker_level" AS ENUM('zone', 'city');--> statement-breakpoint
CREATE TYPE "public"."blocker_status" AS ENUM('open', 'assigned', 'resolved', 'closed');--> statement-breakpoint
CREATE TYPE "public"."blocker_urgency" AS ENUM('normal', 'urgent');--> statement-breakpoint
CREATE TABLE "blocker_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"blocker_id" integer NOT NULL,
	"kind" "blocker_event_kind" NOT NULL,
	"from_status" "blocker_status",
	"to_status" "blocker_status" NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"detail" jsonb,
	"actor_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "blockers" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"milestone_id" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" "blocker_category" NOT NULL,
	"urgency" "blocker_urgency" DEFAULT 'normal' NOT NULL,
	"status" "blocker_status" DEFAULT 'open' NOT NULL,
	"level" "blocker_level" DEFAULT 'zone' NOT NULL,
	"needed_by" date,
	"responsible_unit" text,
	"deadline" date,
	"resolution" text,
	"raised_by" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"blocker_id" integer,
	"project_id" integer,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "blocker_events" ADD CONSTRAINT "blocker_events_blocker_id_blockers_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."blockers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blocker_events" ADD CONSTRAINT "blocker_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "blockers" ADD CONSTRAINT "blockers_raised_by_users_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_blocker_id_blockers_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."blockers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "blocker_events_blocker_idx" ON "blocker_events" USING btree ("blocker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "blockers_one_per_submit" ON "blockers" USING btree ("raised_by","client_key");--> statement-breakpoint
CREATE INDEX "blockers_project_idx" ON "blockers" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "blockers_active_idx" ON "blockers" USING btree ("status") WHERE "blockers"."status" in ('open', 'assigned');--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");