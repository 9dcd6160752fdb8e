-- 一人一档 photo: the encrypted image lives in the file store; the row keeps its key and type.
ALTER TABLE persons ADD COLUMN photo_key text;
ALTER TABLE persons ADD COLUMN photo_type text;
