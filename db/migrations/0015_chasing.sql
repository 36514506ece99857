CREATE TABLE "notice_opt_outs" (
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	CONSTRAINT "notice_opt_outs_user_id_kind_channel_pk" PRIMARY KEY("user_id","kind","channel"),
	CONSTRAINT "notice_opt_outs_channel" CHECK ("notice_opt_outs"."channel" in ('email'))
);
--> statement-breakpoint
CREATE TABLE "reminder_sends" (
	"reason" text NOT NULL,
	"user_id" integer NOT NULL,
	"object_id" integer NOT NULL,
	"period" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reminder_sends_reason_user_id_object_id_period_pk" PRIMARY KEY("reason","user_id","object_id","period")
);
--> statement-breakpoint
CREATE TABLE "zone_reminders" (
	"zone_id" integer PRIMARY KEY NOT NULL,
	"filing_enabled" boolean DEFAULT true NOT NULL,
	"filing_weekday" integer DEFAULT 4 NOT NULL,
	"filing_time" text DEFAULT '16:00' NOT NULL,
	"milestone_enabled" boolean DEFAULT true NOT NULL,
	"milestone_days" integer DEFAULT 7 NOT NULL,
	"blocker_enabled" boolean DEFAULT true NOT NULL,
	"daily_time" text DEFAULT '09:00' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "zone_reminders_weekday" CHECK ("zone_reminders"."filing_weekday" between 1 and 7),
	CONSTRAINT "zone_reminders_days" CHECK ("zone_reminders"."milestone_days" between 1 and 60),
	CONSTRAINT "zone_reminders_times" CHECK ("zone_reminders"."filing_time" ~ '^[0-2][0-9]:[0-5][0-9]$' and "zone_reminders"."daily_time" ~ '^[0-2][0-9]:[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "supervision_counters" (
	"zone_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "supervision_counters_zone_id_year_pk" PRIMARY KEY("zone_id","year")
);
--> statement-breakpoint
CREATE TABLE "supervision_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"notice_id" integer NOT NULL,
	"kind" text NOT NULL,
	"author_id" integer NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_events_kind" CHECK ("supervision_events"."kind" in ('reply', 'accept', 'return'))
);
--> statement-breakpoint
CREATE TABLE "supervision_notices" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"project_id" integer NOT NULL,
	"blocker_id" integer,
	"matter" text NOT NULL,
	"addressee_id" integer NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"reply_due" date NOT NULL,
	"instruction" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"issued_by" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "supervision_notices_status" CHECK ("supervision_notices"."status" in ('open', 'replied', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "notify_channels" DROP CONSTRAINT "notify_channels_kind";--> statement-breakpoint
ALTER TABLE "notify_channels" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "recipient" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "time_zone" text DEFAULT 'Asia/Shanghai' NOT NULL;--> statement-breakpoint
ALTER TABLE "zones" ADD COLUMN "supervision_prefix" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notice_opt_outs" ADD CONSTRAINT "notice_opt_outs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_reminders" ADD CONSTRAINT "zone_reminders_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_counters" ADD CONSTRAINT "supervision_counters_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_notice_id_supervision_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."supervision_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_blocker_id_blockers_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."blockers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_addressee_id_users_id_fk" FOREIGN KEY ("addressee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_notices" ADD CONSTRAINT "supervision_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_events_notice" ON "supervision_events" USING btree ("notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "supervision_notices_number" ON "supervision_notices" USING btree ("zone_id","year","seq");--> statement-breakpoint
CREATE INDEX "supervision_notices_project" ON "supervision_notices" USING btree ("project_id");--> statement-breakpoint
ALTER TABLE "notify_channels" ADD CONSTRAINT "notify_channels_kind" CHECK ("notify_channels"."kind" in ('wecom', 'dingtalk', 'email'));