-- Issue 9 (items 6–8): the record behind a 折抵 credit, the place of execution's basis, the facts of
-- 禁毒法 第三十九条, the 社区康复 no-early-release flag, and 批评教育 records.

-- 折抵 (条例 第三十一条): the approved decision changing 强制隔离戒毒 to 社区戒毒 the credit comes from.
-- Place of execution (禁毒法 第三十三条 第二款): 户籍地, or 现居住地 with a fixed residence there.
-- 禁毒法 第三十九条 第一款: the facts the flags are judged from, kept so they can be judged again.
-- 条例 第三十八条 第二款: a 社区康复 refused or seriously violated, then relapse.
ALTER TABLE measures
  ADD COLUMN credit_basis_no          text,
  ADD COLUMN credit_basis_date        date,
  ADD COLUMN execution_place_basis    text NOT NULL DEFAULT 'household'
    CHECK (execution_place_basis IN ('household', 'residence')),
  ADD COLUMN fixed_residence          boolean NOT NULL DEFAULT false,
  ADD COLUMN pregnant                 boolean NOT NULL DEFAULT false,
  ADD COLUMN nursing_child_birth_date date,
  ADD COLUMN no_early_release         boolean NOT NULL DEFAULT false;

-- 批评、教育 of an ordinary violation (禁毒法 第三十五条 第二款): who gave it, when, why, what was said.
CREATE TABLE educations (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  measure_id    uuid NOT NULL REFERENCES measures (id),
  person_id     uuid NOT NULL REFERENCES persons (id),
  date          date NOT NULL,
  reason        text NOT NULL,
  note          text,
  violation_id  uuid REFERENCES violations (id),
  given_by      uuid NOT NULL REFERENCES staff (id),
  created_at    timestamptz NOT NULL
);
CREATE INDEX educations_measure_idx ON educations (measure_id, date DESC);

-- Until now only the flags were kept, judged once on the decision date. Recover the facts they rest
-- on: a pregnancy as flagged; for a nursed baby, whose birth date was not kept, the latest date the
-- flag allows (the decision date), so the flag lasts no shorter than it truly does. Staff correct
-- either in the measure's 第三十九条 facts.
UPDATE measures SET pregnant = true WHERE 'pregnant' = ANY (exemptions);
UPDATE measures SET nursing_child_birth_date = decision_date
  WHERE 'nursing_under_one' = ANY (exemptions) AND nursing_child_birth_date IS NULL;
