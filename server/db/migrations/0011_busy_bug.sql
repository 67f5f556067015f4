CREATE TABLE "staff_sign_in_failure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "staff_sign_in_failure_user_idx" ON "staff_sign_in_failure" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "staff_sign_in_failure_ip_idx" ON "staff_sign_in_failure" USING btree ("ip","at");