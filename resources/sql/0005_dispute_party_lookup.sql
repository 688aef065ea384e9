-- Intake warns of a possible duplicate when a party with the same ID number or phone appears in
-- a dispute of the last 30 days: look parties up by those, without scanning every party.
CREATE INDEX dispute_party_id_card ON dispute_party(id_card) WHERE id_card <> '';
CREATE INDEX dispute_party_phone ON dispute_party(phone) WHERE phone <> '';
