-- A quote authorization record is what the customer signed: it is never changed or removed.
-- Row triggers refuse UPDATE and DELETE, a statement trigger refuses TRUNCATE (PostgreSQL 15 plpgsql).
-- Inserting stays allowed: the customer's decision writes exactly one record per quote.
CREATE OR REPLACE FUNCTION quote_authorization_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'quote_authorization is immutable: % refused', TG_OP
    USING ERRCODE = 'raise_exception', HINT = 'An authorization record can only be inserted.';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER quote_authorization_no_update_delete
  BEFORE UPDATE OR DELETE ON quote_authorization
  FOR EACH ROW EXECUTE FUNCTION quote_authorization_refuse_change();
--> statement-breakpoint
CREATE TRIGGER quote_authorization_no_truncate
  BEFORE TRUNCATE ON quote_authorization
  FOR EACH STATEMENT EXECUTE FUNCTION quote_authorization_refuse_change();
