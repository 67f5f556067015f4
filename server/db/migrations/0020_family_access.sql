CREATE TABLE "family_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"scope" text NOT NULL,
	"approve_limit_fen" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"member_id" uuid
);
--> statement-breakpoint
CREATE TABLE "family_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"approve_limit_fen" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"invitation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "booking" ADD COLUMN "booked_by_id" uuid;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_vehicle_id_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_owner_id_customer_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_vehicle_id_vehicle_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicle"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_owner_id_customer_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_member" ADD CONSTRAINT "family_member_member_id_customer_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_invitation_vehicle_idx" ON "family_invitation" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "family_invitation_phone_idx" ON "family_invitation" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "family_member_vehicle_idx" ON "family_member" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "family_member_member_idx" ON "family_member" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "family_member_active_uq" ON "family_member" USING btree ("vehicle_id","member_id") WHERE status = 'active';--> statement-breakpoint
ALTER TABLE "booking" ADD CONSTRAINT "booking_booked_by_id_customer_id_fk" FOREIGN KEY ("booked_by_id") REFERENCES "public"."customer"("id") ON DELETE no action ON UPDATE no action;