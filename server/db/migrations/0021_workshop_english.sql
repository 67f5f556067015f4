ALTER TABLE "finding" ADD COLUMN "note_en" text;--> statement-breakpoint
ALTER TABLE "finding" ADD COLUMN "recommendation_en" text;--> statement-breakpoint
ALTER TABLE "booking_proposal" ADD COLUMN "note_en" text;--> statement-breakpoint
ALTER TABLE "delivery_summary" ADD COLUMN "note_en" text;--> statement-breakpoint
ALTER TABLE "timeline_event" ADD COLUMN "note_en" text;