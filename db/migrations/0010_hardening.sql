CREATE TABLE "submissions" (
	"actor_id" integer NOT NULL,
	"client_key" uuid NOT NULL,
	"action" text NOT NULL,
	"target" text NOT NULL,
	"result" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_once" PRIMARY KEY("actor_id","client_key")
);
--> statement-breakpoint
DROP INDEX "enterprises_zone_idx";--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written (drizzle-kit writes no data changes): the copies that racing creates left behind are merged into
-- the first row of each name before the unique constraints can hold. Projects move to the first enterprise of
-- their name; a duplicate round's listings move to the first round, once each, the rest go with their round.
UPDATE "projects" p SET "enterprise_id" = k."keep" FROM (
	SELECT "id", min("id") OVER (PARTITION BY "zone_id", "name") AS "keep" FROM "enterprises"
) k WHERE p."enterprise_id" = k."id" AND k."id" <> k."keep";--> statement-breakpoint
DELETE FROM "enterprises" e USING "enterprises" f
	WHERE e."zone_id" = f."zone_id" AND e."name" = f."name" AND e."id" > f."id";--> statement-breakpoint
WITH "k" AS (
	SELECT "id", min("id") OVER (PARTITION BY "name", "held_on") AS "keep" FROM "campaign_rounds"
), "moving" AS (
	SELECT DISTINCT ON ("k"."keep", e."project_id", e."batch") e."id", "k"."keep"
	FROM "campaign_entries" e JOIN "k" ON "k"."id" = e."round_id"
	ORDER BY "k"."keep", e."project_id", e."batch", (e."round_id" = "k"."keep") DESC, e."id"
)
UPDATE "campaign_entries" c SET "round_id" = "moving"."keep" FROM "moving"
	WHERE c."id" = "moving"."id" AND c."round_id" <> "moving"."keep";--> statement-breakpoint
DELETE FROM "campaign_rounds" r USING "campaign_rounds" f
	WHERE r."name" = f."name" AND r."held_on" = f."held_on" AND r."id" > f."id";--> statement-breakpoint
ALTER TABLE "campaign_rounds" ADD CONSTRAINT "campaign_rounds_once" UNIQUE("name","held_on");--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_zone_name_unique" UNIQUE("zone_id","name");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_annual_within_total" CHECK ("projects"."annual_planned_investment" <= "projects"."total_investment");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_completed_within_total" CHECK ("projects"."completed_investment" <= "projects"."total_investment");