CREATE TABLE "recovery_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"center_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"assigned_to_id" uuid,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"taken_by_id" uuid,
	"overdue_at" timestamp with time zone,
	"escalated_to_id" uuid,
	"closed_at" timestamp with time zone,
	"resolution" text,
	"rescores" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"events" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reopened" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "recovery_case_visit_id_unique" UNIQUE("visit_id")
);
--> statement-breakpoint
CREATE TABLE "survey" (
	"visit_id" uuid PRIMARY KEY NOT NULL,
	"center_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"advisor_id" uuid,
	"offered_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"channel" text,
	"attitude" smallint,
	"expertise" smallint,
	"waiting" smallint,
	"overall" smallint,
	"nps" smallint,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_visit_id_survey_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."survey"("visit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_assigned_to_id_staff_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_taken_by_id_staff_id_fk" FOREIGN KEY ("taken_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_case" ADD CONSTRAINT "recovery_case_escalated_to_id_staff_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_advisor_id_staff_id_fk" FOREIGN KEY ("advisor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recovery_case_open_idx" ON "recovery_case" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "survey_center_submitted_idx" ON "survey" USING btree ("center_id","submitted_at");