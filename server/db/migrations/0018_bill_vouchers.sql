CREATE TABLE "voucher" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"value_fen" integer NOT NULL,
	"source" text NOT NULL,
	"source_visit_id" uuid,
	"idem_key" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"used_visit_id" uuid,
	"used_by_id" uuid
);
--> statement-breakpoint
CREATE TABLE "fapiao_request" (
	"visit_id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"email" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"client_id" uuid
);
--> statement-breakpoint
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_source_visit_id_visit_id_fk" FOREIGN KEY ("source_visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_used_visit_id_visit_id_fk" FOREIGN KEY ("used_visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voucher" ADD CONSTRAINT "voucher_used_by_id_staff_id_fk" FOREIGN KEY ("used_by_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fapiao_request" ADD CONSTRAINT "fapiao_request_visit_id_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fapiao_request" ADD CONSTRAINT "fapiao_request_customer_id_customer_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "voucher_idem_idx" ON "voucher" USING btree ("idem_key");--> statement-breakpoint
CREATE INDEX "voucher_customer_idx" ON "voucher" USING btree ("customer_id","expires_at");--> statement-breakpoint
CREATE INDEX "voucher_used_visit_idx" ON "voucher" USING btree ("used_visit_id");