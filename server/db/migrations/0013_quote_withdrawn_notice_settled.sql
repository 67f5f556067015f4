ALTER TABLE "notification" ADD COLUMN "settled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quote" ADD COLUMN "withdrawn_reason" text;