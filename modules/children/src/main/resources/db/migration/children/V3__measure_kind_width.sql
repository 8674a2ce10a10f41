-- RETURN_TO_FAMILY_UNDER_SUPERVISION has 34 letters: the measure's kind did not fit in 32.
ALTER TABLE chi_measure MODIFY kind VARCHAR(40) NOT NULL;
