ALTER TABLE "customer" DROP CONSTRAINT "customer_phone_unique";--> statement-breakpoint
ALTER TABLE "customer" ADD CONSTRAINT "customer_center_phone" UNIQUE("center_id","phone");