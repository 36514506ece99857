CREATE TABLE "indicator_definitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer DEFAULT 2 NOT NULL,
	"yoy" boolean DEFAULT false NOT NULL,
	"summed" boolean DEFAULT true NOT NULL,
	"share_of_id" integer,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_definitions_decimals" CHECK ("indicator_definitions"."decimals" between 0 and 4),
	CONSTRAINT "indicator_definitions_share_self" CHECK ("indicator_definitions"."share_of_id" is null or "indicator_definitions"."share_of_id" <> "indicator_definitions"."id")
);
--> statement-breakpoint
CREATE TABLE "indicator_filings" (
	"id" serial PRIMARY KEY NOT NULL,
	"zone_id" integer NOT NULL,
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"filed_by" integer,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_filings_quarter" CHECK ("indicator_filings"."quarter" between 1 and 4),
	CONSTRAINT "indicator_filings_year" CHECK ("indicator_filings"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "indicator_quarters" (
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"changed_by" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "indicator_quarters_year_quarter_pk" PRIMARY KEY("year","quarter"),
	CONSTRAINT "indicator_quarters_quarter" CHECK ("indicator_quarters"."quarter" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "indicator_reference_rates" (
	"year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"scope" text NOT NULL,
	"rate" numeric(9, 2) NOT NULL,
	CONSTRAINT "indicator_reference_rates_year_quarter_indicator_id_scope_pk" PRIMARY KEY("year","quarter","indicator_id","scope"),
	CONSTRAINT "indicator_reference_rates_scope" CHECK ("indicator_reference_rates"."scope" in ('city', 'province'))
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"filing_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	CONSTRAINT "indicator_values_filing_id_indicator_id_pk" PRIMARY KEY("filing_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_definitions" ADD CONSTRAINT "indicator_definitions_share_of_id_indicator_definitions_id_fk" FOREIGN KEY ("share_of_id") REFERENCES "public"."indicator_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_filings" ADD CONSTRAINT "indicator_filings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_filings" ADD CONSTRAINT "indicator_filings_filed_by_users_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_quarters" ADD CONSTRAINT "indicator_quarters_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_reference_rates" ADD CONSTRAINT "indicator_reference_rates_indicator_id_indicator_definitions_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_filing_id_indicator_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."indicator_filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicator_definitions_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicator_definitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_definitions_code" ON "indicator_definitions" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_filings_zone_quarter" ON "indicator_filings" USING btree ("zone_id","year","quarter");