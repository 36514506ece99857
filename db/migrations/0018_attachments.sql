CREATE TYPE "public"."attachment_kind" AS ENUM('photo', 'pdf', 'xlsx', 'docx');--> statement-breakpoint
CREATE TYPE "public"."attachment_target" AS ENUM('week', 'milestone', 'blocker');--> statement-breakpoint
CREATE TABLE "attachment_blobs" (
	"attachment_id" uuid NOT NULL,
	"variant" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "attachment_blobs_attachment_id_variant_pk" PRIMARY KEY("attachment_id","variant")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" integer NOT NULL,
	"target" "attachment_target" NOT NULL,
	"week_start" date,
	"milestone_id" integer,
	"blocker_id" integer,
	"kind" "attachment_kind" NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"taken_at" timestamp,
	"uploaded_by" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_one_target" CHECK (("attachments"."target" = 'week' and "attachments"."week_start" is not null and "attachments"."milestone_id" is null and "attachments"."blocker_id" is null)
       or ("attachments"."target" = 'milestone' and "attachments"."milestone_id" is not null and "attachments"."week_start" is null and "attachments"."blocker_id" is null)
       or ("attachments"."target" = 'blocker' and "attachments"."blocker_id" is not null and "attachments"."week_start" is null and "attachments"."milestone_id" is null)),
	CONSTRAINT "attachments_size_positive" CHECK ("attachments"."byte_size" > 0)
);
--> statement-breakpoint
ALTER TABLE "attachment_blobs" ADD CONSTRAINT "attachment_blobs_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_blocker_id_blockers_id_fk" FOREIGN KEY ("blocker_id") REFERENCES "public"."blockers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_project_idx" ON "attachments" USING btree ("project_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "attachments_week_idx" ON "attachments" USING btree ("week_start","project_id");--> statement-breakpoint
CREATE INDEX "attachments_milestone_idx" ON "attachments" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "attachments_blocker_idx" ON "attachments" USING btree ("blocker_id");