CREATE TABLE "delivery_check" (
	"visit_id" uuid NOT NULL,
	"key" text NOT NULL,
	"note" text NOT NULL,
	"position" integer NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	CONSTRAINT "delivery_check_visit_id_key_pk" PRIMARY KEY("visit_id","key")
);
--> statement-breakpoint
CREATE TABLE "delivery_summary" (
	"visit_id" uuid PRIMARY KEY NOT NULL,
	"note" text,
	"next_service_code" text,
	"next_due_date" date,
	"next_note" text,
	"built_by" uuid NOT NULL,
	"built_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"note" text,
	"staff_id" uuid NOT NULL,
	"staff_name" text NOT NULL,
	"staff_role" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "visit_promise" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"n" bigserial NOT NULL,
	"visit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"estimate_minutes" integer,
	"ready_at" timestamp with time zone NOT NULL,
	"note" text,
	"compensation" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"staff_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "delivery_check" ADD CONSTRAINT "delivery_check_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_summary" ADD CONSTRAINT "delivery_summary_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_summary" ADD CONSTRAINT "delivery_summary_built_by_staff_id_fk" FOREIGN KEY ("built_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_promise" ADD CONSTRAINT "visit_promise_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_promise" ADD CONSTRAINT "visit_promise_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "timeline_event_visit_position_idx" ON "timeline_event" USING btree ("visit_id","position");--> statement-breakpoint
CREATE INDEX "visit_promise_visit_idx" ON "visit_promise" USING btree ("visit_id","n");