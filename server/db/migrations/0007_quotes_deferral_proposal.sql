ALTER TABLE "quote_deferral" ADD COLUMN "proposal_id" uuid;--> statement-breakpoint
ALTER TABLE "quote_line" ADD COLUMN "service_code" text;