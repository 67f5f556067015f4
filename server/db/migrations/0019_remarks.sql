CREATE TABLE "vehicle_remark" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"center_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"source" text NOT NULL,
	"ref" text,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"raised_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vehicle_remark" ADD CONSTRAINT "vehicle_remark_center_id_center_id_fk" FOREIGN KEY ("center_id") REFERENCES "public"."center"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_remark" ADD CONSTRAINT "vehicle_remark_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicle_remark" ADD CONSTRAINT "vehicle_remark_vehicle_id_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vehicle_remark_ref_idx" ON "vehicle_remark" USING btree ("ref");--> statement-breakpoint
CREATE INDEX "vehicle_remark_vehicle_idx" ON "vehicle_remark" USING btree ("vehicle_id");